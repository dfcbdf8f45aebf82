/**
 * How names of responsible units end (公开责任 / 公开主体 / 责任科室). A 和/及 joins two units only when the text on
 * both sides ends like a unit; inside a name (`人力资源和社会保障局`) the left side does not. Endings that also end
 * ordinary words are left out: 村 (`农业农村和水利局`), 会 (`社会`), 镇/乡.
 */
export const UNIT_SUFFIX =
  /(科|股|室|局|处|中心|站|所|院|部门|部|单位|政府|办事处|办|委|委员会|协会|工会|厅|队|组|馆|街道|公司|党组|支部|科室|服务台|窗口)$/;

/** Words joining two units (`办公室及各业务部门`, `就业科和劳动关系科`). Longer first. */
export const UNIT_JOINERS = ['以及', '及', '和', '与', '并'];

/** Separators between units at the top level (never inside parentheses). */
export const UNIT_SEPARATOR = /[、,，;；/|\s]/;

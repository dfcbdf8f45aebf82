/**
 * One small catalogue that every format's generator writes (`make-<format>.ts` beside this file): the same items must
 * come out of each, apart from `source` and places. The rows follow a 基层政务公开标准目录's columns; the names are
 * plausible stand-ins written for the test, not an official list.
 */

export const TITLE = 'XX县就业领域基层政务公开标准目录';
/** Who the title names as publisher. */
export const PUBLISHER = 'XX县';

export const HEADER = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '主动公开', '依申请公开'] as const;

export interface ReferenceRow {
  level1: string;
  level2: string;
  content: string;
  basis: string;
  timeLimit: string;
  responsible: string;
  proactive: boolean;
  onRequest: boolean;
}

const LEVEL1 = ['就业信息服务', '职业介绍和职业指导', '就业失业登记', '创业服务', '就业援助', '高校毕业生就业服务'];
const LEVEL2 = [
  ['就业政策法规咨询', '岗位信息发布', '求职信息登记', '职业培训信息'],
  ['职业介绍', '职业指导', '创业开业指导', '专项活动安排'],
  ['就业登记', '失业登记', '就业创业证申领', '失业保险金申领'],
  ['创业担保贷款申请', '创业补贴申领', '创业孵化基地信息', '创业项目推介'],
  ['就业困难人员认定', '社会保险补贴申领', '公益性岗位补贴申领', '就业援助活动'],
  ['社保补贴申领', '就业见习补贴申领', '档案接收', '离校未就业登记'],
];
const TIME_LIMITS = ['信息形成或变更之日起20个工作日内', '自收到申请之日起20个工作日内', '实时公开', '每年3月31日前'];
const BASIS = ['《中华人民共和国就业促进法》', '《人力资源市场暂行条例》', '《失业保险条例》'];

/** 24 rows: six 一级事项 of four 二级事项 each, long enough for a table that crosses a page break. */
export const ROWS: ReferenceRow[] = LEVEL1.flatMap((level1, i) =>
  LEVEL2[i]!.map((level2, j) => ({
    level1,
    level2,
    content: `${level2}的服务对象、办理条件、办理流程、咨询电话`,
    basis: BASIS[(i + j) % BASIS.length]!,
    timeLimit: TIME_LIMITS[(i * 4 + j) % TIME_LIMITS.length]!,
    responsible: i % 2 === 0 ? '县人力资源社会保障局' : '县就业服务中心',
    proactive: (i + j) % 3 !== 2,
    onRequest: (i + j) % 3 !== 0,
  })),
);

/** The rows as printed cells, under HEADER (flags as √, empty when unset). */
export function rowCells(row: ReferenceRow, index: number): string[] {
  return [String(index + 1), row.level1, row.level2, row.content, row.basis, row.timeLimit, row.responsible,
    row.proactive ? '√' : '', row.onRequest ? '√' : ''];
}

/** A generator of the catalogue as one file format. */
export interface FormatMaker {
  /** File extension, with the dot. */
  ext: string;
  make(): Uint8Array | Promise<Uint8Array>;
}

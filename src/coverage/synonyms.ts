/**
 * Phrases that name the same thing in standard and local catalogues. Each group is written in normalized form
 * (see normalize-name.ts: no spaces, brackets, 的/和/与/及); the first entry is the canonical one.
 * A new synonym is one entry here.
 */
export const NAME_SYNONYMS: readonly (readonly string[])[] = [
  ['社会保障卡', '社保卡'],
  ['社会保险', '社保'],
  ['失业保险金', '失业金'],
  ['创业担保贷款', '创业贷款'],
  // Sanmen renames the 工伤 registration of building projects.
  ['工程建设项目办理工伤保险参保登记', '建筑项目工伤保险参保登记', '工程建设项目工伤保险参保登记'],
  ['就业创业证', '就业失业登记证'],
  ['政策法规', '法规政策'],
  ['稳岗返还', '稳岗补贴'],
  ['高校毕业生', '大学毕业生'],
  // Not 人社: it also occurs inside 个人社会保险.
  ['人力资源社会保障', '人力社保'],
  ['申领', '领取'],
];

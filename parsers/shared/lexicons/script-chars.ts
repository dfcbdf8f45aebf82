/**
 * Characters that both scripts use, so they prove nothing about the script of a text (the Simplified → Traditional
 * table maps them because the Traditional text *may* use another character: 台/臺, 里/裏, 干/幹, 后/後 …).
 */
export const SHARED_SCRIPT_CHARACTERS =
  '台里干后于只面系范制余据准征志松谷冲表卷采板借价岳舍仆克胡御向咸凶巨划症注杰累斗几了才朴布千致回出云';

/** Evidence below this share of the other script is treated as noise when deciding mixed vs. one script. */
export const MIXED_MINORITY_SHARE = 0.02;

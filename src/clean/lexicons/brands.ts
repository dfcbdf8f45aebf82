/**
 * Gambling brand tokens that hacked pages substitute for a word of the original text:
 * `365体育官网` for 关于 (seed 001), `水果机游戏` for a province name, `美高梅娛樂城` for 辽宁省人民政府,
 * `澳門賭場推薦` for 政府信息公开, `pg电子直营网` for a site name. A brand never survives into the output.
 * Both scripts are listed because item fields from spreadsheets are repaired without script conversion.
 */
export const BRAND_TOKENS = [
  '365体育官网',
  '365体育',
  'bet365',
  '水果机游戏',
  '老虎机赞助',
  '澳門賭場推薦',
  '澳门赌场推荐',
  '澳门特区赌场',
  '澳门博彩业网址',
  '澳门赌场',
  '澳門賭場',
  '澳门博彩',
  '澳門博彩',
  '美高梅娛樂城',
  '美高梅娱乐城',
  '美高梅',
  '新葡京',
  '威尼斯人娱乐',
  '威尼斯人娛樂',
  '金沙娱乐',
  '金沙娛樂',
  '太阳城娱乐',
  '银河娱乐',
  '皇冠体育',
  '亚博体育',
  '开云体育',
  '九游会',
  'pg电子直营网',
  'pg电子',
  'PG电子',
].sort((a, b) => b.length - a.length);

/**
 * Brand shapes not in the list: a number or Latin name glued to a gambling word and a site word
 * (`365体育官网`, `888娱乐平台`, `ag真人官网`), and gambling venues (`…娱乐城`, `…赌场推荐`; only the venue word is
 * matched, so the unknown name in front of it is left for a person to see in the diagnostics).
 * Site words are required so that `2022体育` or `人社官网` stay untouched.
 */
export const BRAND_PATTERNS: readonly RegExp[] = [
  /(?<![\dA-Za-z])(?:\d{2,4}|[A-Za-z]{2,6})(?:体育|體育|娱乐|娛樂|彩票|棋牌|真人)(?:官方网站|官方網站|官网|官網|平台|平臺|app|APP|网址|網址|入口|投注|直营网|娱乐城|娛樂城)/gu,
  /娱乐城|娛樂城/gu,
  /(?:赌场|賭場|博彩)(?:推荐|推薦|网址|網址|官网|官網)/gu,
];

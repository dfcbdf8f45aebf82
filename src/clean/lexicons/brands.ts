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
 * Slot-machine game names: hacked pages put `飞禽走兽老虎机` where 政府信息公开 stood (`《中华人民共和国飞禽走兽老虎机条例》`,
 * `三、收到和处理飞禽走兽老虎机申请情况`). Matched only with the machine word, so the novel 水浒传 stays.
 */
export const SLOT_GAME_BRAND = /(?:飞禽走兽|森林舞会|奔驰宝马|金蟾捕鱼|水浒传|连环夺宝|财神到)(?:老虎机|水果机)/gu;

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
  SLOT_GAME_BRAND,
];

/**
 * Gambling site titles pasted where a name stood: segments joined by `_` or `-`, several of them carrying a
 * Latin/number brand core (`365bet真人_beat365官方入口素描网_外勤365官方网站`, `mobile28365-365_bt365如何_beat365官网在线`,
 * `365直播平台app下载_日博365娱乐场_365体育亚洲唯一`). The title runs from the first core to the end of the slogan
 * words after the last core; the agency name glued after it (`…官方网站教育厅办公室`) is text.
 */
export const BRAND_TITLE = {
  /** A Latin/number brand core: a run of letters and digits with at least three digits (`365bet`, `bt365`, `28365`). */
  core: /[A-Za-z]*\d{3,}[A-Za-z]*/gu,
  /** Characters of one segment. */
  segment: /[\p{Script=Han}A-Za-z0-9]/u,
  joiners: '_-',
  /** Segments with a core a title needs (one core is a date, a code or a document number). */
  minCoreSegments: 2,
  /**
   * Gambling words: a title holds one, or a core with Latin letters (`bt365`). Two number cores with a site word
   * are a phone number or a code (`0731-88886666在线办理`), not a title.
   */
  gambling: ['官方入口', '亚洲唯一', '娱乐场', '娱乐城', '娱乐', '体育', '真人', '直播', '投注', '博彩', 'bet'],
  /** Site words: with the gambling words, what may follow the last core and still be the title. */
  site: ['官方网站', '手机版', '客户端', '官网', '官方', '入口', '在线', '平台', 'app下载', 'APP下载', '下载', 'app', 'APP', '唯一', '网址', '注册', '登录', '如何'],
  /** Four-digit years are not cores (`2019-2020学年`). */
  year: /^(?:19|20)\d\d$/u,
  /** Cheap test first: a text a title could be in has a core next to a slogan start or a `bet` core. */
  prefilter: /\d{3,}[A-Za-z]{0,6}(?:真人|娱乐|体育|官|入口|直播|平台|app|APP|bet)|(?:bet|bt|beat)\d{3}/u,
} as const;

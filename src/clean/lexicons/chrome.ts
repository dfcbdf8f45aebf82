/**
 * Site chrome around the document: breadcrumbs, font-size/print/close widgets, share and QR
 * text, accessibility and language bars, pagers, app/social blocks. Simplified forms only: the chrome pass
 * runs after Traditional → Simplified conversion.
 */

/**
 * Tokens that make up chrome-only lines. A line made of nothing but these tokens and separators is removed.
 * Grouped by kind so the report says what was cut.
 */
export const CHROME_TOKENS = {
  widget: [
    '文字大小',
    '字号',
    '字体',
    '大 中 小',
    '大中小',
    '打印本页',
    '打印此页',
    '打印页面',
    '打印',
    '关闭本页',
    '关闭窗口',
    '关闭页面',
    '关闭',
    '视力保护色',
    '浏览次数',
    '浏览量',
    '访问量',
    '点击数',
    '阅读次数',
    '收藏本站',
    '加入收藏',
    '设为首页',
    '纠错',
    '页面纠错',
    '我要纠错',
  ],
  share: [
    '用微信扫描二维码',
    '微信扫描二维码',
    '分享至好友和朋友圈',
    '分享到微信朋友圈',
    '扫一扫在手机上查看当前页面',
    '扫一扫在手机打开当前页',
    '扫一扫在手机打开当前页面',
    '手机扫一扫',
    '扫一扫',
    '分享到',
    '分享',
    '手机看',
    '微信',
    '微博',
    'QQ空间',
    '×',
  ],
  nav: [
    '繁体版',
    '简体版',
    '繁体',
    '简体',
    'English',
    'EN',
    'Русская версия',
    '无障碍浏览',
    '无障碍阅读',
    '无障碍版',
    '无障碍',
    '长者版',
    '长者模式',
    '长者助手',
    '打开适老化模式',
    '适老化模式',
    '老年服务',
    '手机客户端',
    '手机版',
    '政府信箱',
    '网站地图',
    '联系我们',
    '网站帮助',
    '注册',
    '登录',
    '网站支持IPv6',
    '支持IPv6',
    '全文检索',
    '搜索',
    '返回顶部',
    '回到顶部',
    '返回首页',
    '首页',
  ],
  block: [
    '微信公众号',
    '扫码关注我们',
    '扫码关注',
    '政务微博',
    '智能问答',
    '问答知识库',
    '政务服务门户登录',
    '公务安全邮箱登录',
    '收起',
    '展开',
    '• 详细信息',
    '• 基本信息',
  ],
} as const;

/** Tokens that are chrome only in the page head (a lone `提示` further down can be a real heading). */
export const HEAD_ONLY_TOKENS = ['提示', 'x', 'X'] as const;

/** Longest line judged as chrome (navigation bars and metadata lines are short; body paragraphs are not). */
export const MAX_CHROME_LINE = 300;

/** How many non-blank lines count as the page head. */
export const HEAD_LINES = 10;

/** Separators and bracket debris left between chrome tokens (`字号: | 打印 |`, `【 】`, `[ ]`, `•`). */
export const CHROME_DEBRIS = /[\s|｜•·:：\[\]【】()（）<>《》\-—_/、,，]+/gu;

/** Previous/next-article pager lines. */
export const PAGER_LINE = /^\s*(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\s*[:：]?/u;

/**
 * A short line in an app/social block (`灵锡APP`, `锡企服务平台` between `微信公众号` and `收起`): counted as chrome
 * when most lines of its block are block tokens.
 */
export const BLOCK_LINE_MAX = 16;

/**
 * Widget fragments inside a metadata line: a label whose value is empty (`文字大小: [ ]`, `浏览次数:`, `字体【 】`,
 * `点击数:-`) or a bare action word (`打印`, `分享:`). The metadata before them (`发布时间:2019-06-03 14:29`) is kept.
 */
export const META_WIDGET_FRAGMENTS: readonly RegExp[] = [
  /[【\[]?\s*(?:文字大小|字号|字体|视力保护色)\s*[:：]?\s*(?:[【\[]\s*(?:大\s*中\s*小)?\s*[】\]]\s*)*(?:大\s*中\s*小)?\s*[】\]]?/gu,
  /(?:浏览次数|浏览量|访问量|点击数|阅读次数|点击量)\s*[:：]\s*-?(?=\s|$|[•|])/gu,
  /[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭本页|关闭)\s*[】\]]?(?=\s|$|[•|])/gu,
  /(?:分享到|分享)\s*[:：]?(?=\s|$|[•|])/gu,
];

/** A metadata line a later parser needs (date, source, publisher): kept, but stripped of widget fragments. */
export const META_LINE = /(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|发布时间|发布日期|来源|作者|信息来源)/u;

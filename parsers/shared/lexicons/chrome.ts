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
    '我的收藏',
    '加入收藏夹',
    '收藏',
    '返回上一页',
    '友善列印',
    '字级设定',
    '下载文字版',
    '下载图片版',
  ],
  share: [
    '用微信扫描二维码',
    '微信扫描二维码',
    '分享至好友和朋友圈',
    '分享到微信朋友圈',
    '分享到微信',
    '手机扫一扫打开此页',
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
    '长者专区',
    '残疾人专区',
    '跳到主要内容区块',
    '跳到主要内容',
    ':::',
    '服务导览',
    '规章库',
    '法律声明',
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
  /** Document-sharing sites that rehost a government file: download and account buttons around the document. */
  docsite: ['相关法条', '相关链接', '相关阅读', '相关推荐', '相关文章', '下载后继续阅读', '继续阅读', '快捷下载', '登录下载', '下载须知', '下载文档', '立即下载', '换一换', 'ImageVerifierCode', '相关文档'],
} as const;

/** Tokens that are chrome only in the page head (a lone `提示` further down can be a real heading). */
export const HEAD_ONLY_TOKENS = ['提示', 'x', 'X', '政府信息公开'] as const;

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
  /[【\[]?\s*(?:文字大小|字号|字体|视力保护色)\s*[:：]?\s*(?:[【\[]\s*(?:大\s*中\s*小)?\s*[】\]]?\s*)*(?:大\s*中\s*小)?\s*[】\]]?/gu,
  // `文字:【` only with its bracket: 文字 alone is a word.
  /[【\[]?\s*文字\s*[:：]\s*[【\[]\s*(?:大\s*中\s*小)?\s*[】\]]?/gu,
  /(?:浏览次数|浏览量|访问量|访问|点击数|阅读次数|阅读量|点击量)\s*[:：]\s*(?:-|人次|次)?(?=\s|$|[•|】\]])/gu,
  /文章类型\s*[:：]\s*(?:原创|转载|编译|摘编)/gu,
  /[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭本页|关闭)\s*[】\]]?(?=\s|$|[•|])/gu,
  /(?:分享到|分享)\s*[:：]?(?=\s|$|[•|])/gu,
];

/** A list marker the renderer put in front of a chrome line (`2. 浏览次数: 次`, `• 分享到`): not part of what is judged. */
export const LIST_MARKER = /^\s*(?:\d{1,2}\s*[.、．]|[•·●▪◦-])\s*/u;

/** Words one of which a line of widget fragments holds (a cheap test before the fragments are removed). */
export const WIDGET_HINT = /字号|字体|文字|视力|浏览|访问|点击|阅读|文章类型|打印|关闭|分享/u;

/** Longest line that can be nothing but widget fragments (`字号:【`, `阅读量:`, `点击数:人次`). */
export const MAX_WIDGET_LINE = 40;

/**
 * Whole-line shapes of chrome that token lists cannot name (numbers, names and sentences vary), by kind. Each
 * pattern is tested on a line of at most MAX_SHAPE_LINE characters that holds one of its `needs` (a cheap test first:
 * most lines hold none).
 */
export const CHROME_LINE_SHAPES: ReadonlyArray<{ kind: string; pattern: RegExp; why: string; needs: readonly string[] }> = [
  {
    kind: 'docsite',
    pattern: /上传人|下载积分|文档页数|资源ID|金币|VIP|当前文档共\s*\d+\s*页|下载后继续阅读|下载.{0,40}(?:用户名|密码|付费|账号)/u,
    why: 'account, points and page-count lines of a document-sharing site',
    needs: ['上传人', '积分', '文档页数', '资源ID', '金币', 'VIP', '文档共', '继续阅读', '用户名', '密码', '付费', '账号'],
  },
  {
    kind: 'docsite',
    pattern: /^(?!.*\.(?:docx?|pdf|xlsx?|wps|et)\b)(?=.*(?:\d\s*页|页数)).*\d(?:\.\d+)?\s*[KMG]B/iu,
    why: "a document-sharing site's page count and file size",
    needs: ['KB', 'MB', 'GB', 'kb', 'mb', 'kB'],
  },
  { kind: 'docsite', pattern: /文库.{0,40}(?:文档|下载)/u, why: "a document-sharing site's banner", needs: ['文库'] },
  {
    kind: 'docsite',
    pattern: /^\s*(\S{2,60}?\.(?:docx?|pdf|xlsx?|wps))(?:\s*\1)+\s*$/iu,
    why: 'a file name repeated as a page header',
    needs: ['.doc', '.pdf', '.xls', '.wps', '.DOC', '.PDF', '.XLS'],
  },
  {
    kind: 'accessibility',
    // `按住ALT键 + V`: the key may be named with 键 before its plus.
    pattern: /键盘.{0,40}(?:Ctrl|Alt)键?\s*\+|(?:Ctrl|Alt)键?\s*\+.{0,60}(?:放大|缩小|列印|打印|字型|文字大小)/iu,
    why: 'keyboard instructions of an accessibility bar',
    needs: ['Ctrl', 'CTRL', 'ctrl', 'Alt', 'ALT', 'alt'],
  },
  {
    kind: 'nav',
    pattern: /^(?=.*政府网)(?:\s*\p{Script=Han}{2,12}?(?:政府网|政府)){2,}\s*$|^\s*[\p{Script=Han}A-Za-z]{1,10}(?:网|网站)首页\s*$/u,
    why: 'links to other government sites, or to a site home page',
    needs: ['政府网', '网首页', '网站首页'],
  },
  {
    kind: 'nav',
    // Two at least: one alone (免责声明) may head a section of the document.
    pattern: /^\s*(?:(?:版权提示|版权声明|免责声明|法律声明|隐私政策|网站声明|关于我们|联系我们|网站地图)\s*[|｜/·]?\s*){2,}$/u,
    why: "links to the site's policy pages",
    needs: ['声明', '版权提示', '隐私', '关于我们', '联系我们', '网站地图'],
  },
  {
    kind: 'accessibility',
    pattern: /JavaScript.{0,30}浏览器|浏览器.{0,30}JavaScript/iu,
    why: 'a notice for browsers without JavaScript',
    needs: ['浏览器'],
  },
  {
    kind: 'credit',
    pattern: /^\s*[(（]?(?:图片来源|图片提供|摄影|供图|图\s*[/／]|图片\s*[/／])\s*[:：]?\s*[^\s，。；]{1,24}[)）]?\s*$/u,
    why: 'an image credit',
    needs: ['图片', '摄影', '供图', '图/', '图／', '图 /'],
  },
  { kind: 'meta-widget', pattern: /^\s*文章类型\s*[:：]\s*\S{1,6}\s*$/u, why: 'an article-type label', needs: ['文章类型'] },
];

/** Longest line a shape is tested on. */
export const MAX_SHAPE_LINE = 200;

/**
 * Server-template markup a page printed as text: JSP comments with the IDE's header (`<%-- Created by IntelliJ IDEA.
 * … --%>`), directives and scriptlets (`<%@ page … %>`), and a stray HTML comment end.
 */
export const TEMPLATE_MARKUP = /<%--[\s\S]*?--%>|<%[@!=]?[^%]*%>|^\s*(?:-->|<!--)\s*$/gu;

/**
 * A copyright/disclaimer notice: its heading, then the lines of the notice, which speak of this site and of
 * reprinting (`凡本站…注明“文章类型：原创”…转载使用时必须注明`).
 */
export const NOTICE_HEADING = /^\s*(?:版权与免责声明|版权声明|免责声明|版权提示\s*[|｜]?\s*免责声明)\s*[:：]?\s*$/u;
export const NOTICE_LINE = /(?:本站|本网).{0,80}(?:转载|版权|免责)|(?:转载|版权).{0,80}(?:本站|本网)/u;
/** Most lines a notice runs to. */
export const NOTICE_MAX_LINES = 8;

/**
 * Labels of the menus of government portals and their 政府信息公开 platforms. A line made of several of them is a
 * menu bar; a run of lines each holding one is a side menu. One label alone is a heading or a catalogue cell.
 */
export const MENU_LABELS = [
  '首页',
  '网站首页',
  '政务公开',
  '政民互动',
  '互动交流',
  '网上办事',
  '办事服务',
  '政务服务',
  '新闻中心',
  '新闻动态',
  '公众参与',
  '专题专栏',
  '数据开放',
  '政府信息公开',
  '信息公开',
  '政府信息公开指南',
  '政府信息公开制度',
  '法定主动公开内容',
  '主动公开内容',
  '政府信息公开年报',
  '政府信息公开目录',
  '依申请公开',
  '申请公开政府信息',
  '其他专项信息',
  '标准化规范化工作',
  '政府信息公开平台',
] as const;

/** Labels a menu bar holds at least. */
export const MENU_BAR_LABELS = 3;
/**
 * The heading of a page template's attachment box (`附件列表`, `相关附件`, `附件下载`): chrome when no attachment
 * follows it (the box was empty, or the copy kept its heading only); a heading over file names is left to the readers.
 */
export const ATTACHMENT_BOX_HEADING = /^\s*(?:附件列表|相关附件|附件下载|下载附件)\s*[:：]?\s*$/u;

/**
 * A column or breadcrumb label that echoes the title printed under it (`标准目录` and `救灾生产领域` above
 * `救灾生产领域基层政务公开事项标准目录`, `信息公开` above `关于政府信息公开工作年度报告`): at most this long, and
 * looked for among the page's first lines, the title at most TITLE_ECHO_GAP text lines below it.
 */
export const TITLE_ECHO_MAX = 12;
export const TITLE_ECHO_GAP = 3;

/** Lines a side menu runs to at least (blank lines between them do not count). */
export const MENU_RUN_LINES = 4;

/** A metadata line a later parser needs (date, source, publisher): kept, but stripped of widget fragments. */
export const META_LINE = /(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|发布时间|发布日期|来源|作者|信息来源)/u;

/**
 * The page's metadata block: the lines under (or above) the title that say when, by whom and under which number the
 * page was published (`发布日期:…`, `[ 发布机构 ] …`, `索引号 … 发布机构 …`, a date alone). The readers take the
 * page's facts from them; they are no text of the page. Looked for among the page's first META_BLOCK_HEAD text lines.
 */
export const META_BLOCK_HEAD = 13;
/** Longest line a metadata block holds (a row of four label/value pairs). */
export const META_BLOCK_LINE = 120;
/** Sentence punctuation: a line holding it is prose, whatever labels it names. */
export const META_BLOCK_PROSE = /[。！？!?]/u;
/**
 * Lines of a metadata block printed without labels, known only by their shape and their place beside labelled lines:
 * an index number (`01418471X/2023-00009`), a classification list (`其他;政府信息公开指南; 通知`), an office's name
 * (the publisher, or the site's banner above the block: `某市交运局`, `某区司法局政府信息公开`), a `名称:` pair
 * under a label the readers do not know, and what an empty value leaves (`-`).
 */
export const META_BLOCK_SHAPES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'index number', pattern: /^[0-9A-Z][0-9A-Za-z]{5,}(?:[-_][0-9A-Za-z]+)*\/\d{4}[-\d]*$/u },
  { name: 'classification list', pattern: /^\p{Script=Han}{2,12}(?:\s*[;；]\s*\p{Script=Han}{2,12}){1,5}\s*[;；]?$/u },
  {
    name: 'office name',
    pattern: /^\p{Script=Han}{2,24}?(?:人民政府|政府|委员会|局|厅|部|办公室|办事处|中心|委|办|院|署|镇|乡|街道)(?:政府信息公开|信息公开|门户网站)?$/u,
  },
  { name: 'label and value', pattern: /^\p{Script=Han}{2,6}\s*[:：]\s*[^\s:：].{0,60}$/u },
  { name: 'empty value', pattern: /^[-—–]+$/u },
];

/**
 * A page's only line that names the page (`本局公开制度`, `某市住建局政府信息公开`, `规范性文件 > 部门文件`): a
 * column's name (one word, 40 characters at most, ending in a word that names a column) or crumbs between arrows.
 */
export const LONE_LABEL =
  /^(?=.{2,40}$)(?:[\p{Script=Han}A-Za-z]+(?:\s*(?:>>|[>»›→])\s*[\p{Script=Han}A-Za-z]+)+|[\p{Script=Han}A-Za-z]*(?:公开|制度|文件|目录|指南|年报|专栏|专题|动态|信息|政策|公告|公示|要闻|新闻|概况|简介|规划|计划|统计|预决算|采购|互动))$/u;

/**
 * A site's menu bar as the page's first line, printed as words without separators (`园林网 苗木供应信息 苗木报价 …`):
 * at least NAV_BAR_WORDS short words. One that is a catalogue column label makes the line a table header instead.
 */
export const NAV_BAR_WORDS = 6;
export const NAV_BAR_WORD = /^\p{Script=Han}{2,6}$/u;

/**
 * A list of links cut to one width (`氯胺酮原料及氯胺酮注射 关于人用狂犬病疫苗实施 …`, eight lines of three): at least
 * LINK_GRID_LINES lines of two or more cells whose first cells are all as long, with LINK_GRID_CELL Chinese
 * characters at least (a title, not a code or a figure).
 */
export const LINK_GRID_LINES = 4;
export const LINK_GRID_CELL = 8;
export const LINK_GRID_LINE = 80;

/** A document site's header: the page's first line is the name of the file it shows (`某某目录.doc`). */
export const FILE_NAME_HEADER = /^[^\s:：|/\\]{2,80}\.(?:docx?|pdf|xlsx?|wps|et)$/iu;

/**
 * Breadcrumbs (`当前位置:首页 > 政府信息公开 > …`). One recogniser serves the chrome pass, which removes
 * the line and keeps its trail, the HTML steps, which find the breadcrumb block of a page, and the document parsers,
 * which take a document's category from it. Both scripts: the HTML steps read the page before conversion.
 */

/**
 * The label in front of a trail: 当前位置, 您现在所在的位置, 您的位置, 所在位置, 位置 … (one shape: 您? 现在/当前?
 * 所在? 的? 位置). Compared on text without spaces (`当 前 位 置`).
 */
export const BREADCRUMB_LABEL = /^\s*(?:您?(?:现在|現在|当前|當前)?(?:所在)?的?(?:位置|所在位置)|当前位置|當前位置|现在位置)\s*[:：]?\s*/u;
const SEPARATOR = /\s*(?:>>|>|＞|»|›|→|\/|\\)\s*/u;
const ARROW = />|＞|»|›|→/u;
/**
 * A bare trail without a label still reads as a breadcrumb when it starts at the home page (`首页 > …`, or with
 * slashes `首页/ 政府信息公开 / 年报 / …`, two of them at least), or when every crumb is led by an arrow
 * (`> 政务公开 | > 标准目录`, `>> ... | >> 标准目录`: the label and home link were images).
 */
const FROM_HOME = /^\s*(?:首页|首頁|网站首页|網站首頁|主页|主頁)\s*(?:>>|>|＞|»|›|→|\/[^/]+\/)/u;
const ARROW_LED = /^\s*(?:>>|>|＞|»)\s*[^>＞»]+(?:(?:>>|>|＞|»)\s*[^>＞»]+)+$/u;
/** A label alone (`当前位置：`): the crumbs were links the text lost. Bare `位置` is a word, not a label. */
const LABEL_ONLY = /^\s*(?:您?(?:现在|現在|当前|當前)(?:所在)?的?位置|您(?:所在)?的?位置|所在位置)\s*[:：]?\s*$/u;
/** Crumbs that name no place: the home page, or the article view itself. */
const NOT_A_PLACE = /^(?:网站首页|網站首頁|首页|首頁|主页|主頁|Home|正文|正文内容|正文內容|详情|詳情|详细内容|詳細內容|文章内容|文章內容|內容|内容|\.\.\.|…)$/iu;

/** The trail of a breadcrumb line (home included), or undefined when the line is not one. */
export function breadcrumbTrail(line: string): string[] | undefined {
  if (LABEL_ONLY.test(line)) return [];
  const label = BREADCRUMB_LABEL.exec(line);
  if (!label && !FROM_HOME.test(line) && !ARROW_LED.test(line)) return undefined;
  const rest = label ? line.slice(label[0].length) : line;
  if (label && !ARROW.test(rest)) return undefined;
  return splitCrumbs(rest);
}

/** The crumbs of a breadcrumb's text, label removed (for a block the page marks as its breadcrumb). */
export function crumbsOf(text: string): string[] {
  return splitCrumbs(text.replace(BREADCRUMB_LABEL, ''));
}

function splitCrumbs(text: string): string[] {
  // A bar between crumbs (`> 政务公开 | > 标准目录`) belongs to neither.
  return text.split(SEPARATOR).map((s) => s.replace(/^[\s|｜]+|[\s|｜]+$/gu, '')).filter((s) => s !== '' && s !== '...' && s !== '…');
}

/** The crumbs that name places (home and the article view left out), for a document's category. */
export function categoryCrumbs(trail: readonly string[]): string[] {
  return trail.filter((c) => !NOT_A_PLACE.test(c));
}

/**
 * Breadcrumb lines (`当前位置:首页 > 政府信息公开 > …`). One recogniser serves the chrome pass, which
 * removes the line and keeps its trail, and the document parsers, which take a document's category from it.
 */
const PREFIX =
  /^\s*(?:您现在所在的位置|您现在的位置|您当前的位置|您当前位置|您的位置|当前的位置|当前位置|所在位置|现在位置|位置|您現在所在的位置|您現在的位置|您當前的位置|當前位置)\s*[:：]?\s*/u;
const SEPARATOR = /\s*(?:>>|>|＞|»|›|→|\/)\s*/u;
/** A bare trail without a prefix still reads as a breadcrumb when it starts at the home page. */
const FROM_HOME = /^\s*(?:首页|首頁|网站首页|主页)\s*(?:>>|>|＞|»|›|→)/u;
const HOME = /^(?:首页|首頁|网站首页|主页)$/u;

/** The trail of a breadcrumb line (home included), or undefined when the line is not one. */
export function breadcrumbTrail(line: string): string[] | undefined {
  const prefix = PREFIX.exec(line);
  if (!prefix && !FROM_HOME.test(line)) return undefined;
  const rest = prefix ? line.slice(prefix[0].length) : line;
  if (prefix && !/>|＞|»|›|→/u.test(rest)) return undefined;
  return rest.split(SEPARATOR).map((s) => s.trim()).filter((s) => s !== '' && s !== '...' && s !== '…');
}

/** The crumbs after the home page, for a document's category. */
export function categoryCrumbs(trail: readonly string[]): string[] {
  return trail.filter((c) => !HOME.test(c));
}

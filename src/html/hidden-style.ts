/**
 * Why a style hides an element from a reader: display:none, visibility:hidden, zero font size, off-screen positioning
 * (left/top/margin/text-indent far negative), zero size with overflow hidden, opacity 0. Hacked pages hide link farms this
 * way so that search engines see the links and visitors do not.
 */
const OFFSCREEN_PX = 500;

/** The reason a declaration block hides its element, or undefined. */
export function hidingReason(style: string): string | undefined {
  if (!style.includes(':')) return undefined; // no declaration (most elements have no style at all)
  const decl = style.toLowerCase().replace(/\s+/g, '').replace(/!important/g, '');
  if (/(?:^|;)display:none/.test(decl)) return 'display:none';
  if (/(?:^|;)visibility:hidden/.test(decl)) return 'visibility:hidden';
  if (/(?:^|;)font-size:0(?:px|pt|em|rem|%)?(?:;|$)/.test(decl)) return 'font-size:0';
  if (/(?:^|;)opacity:0(?:\.0+)?(?:;|$)/.test(decl)) return 'opacity:0';
  const off = /(?:^|;)(left|top|right|margin-left|margin-top|text-indent):(-\d+(?:\.\d+)?)(px|em|rem|pt)?/.exec(decl);
  if (off) {
    const value = Math.abs(Number(off[2])) * (off[3] === 'em' || off[3] === 'rem' ? 16 : 1);
    if (value >= OFFSCREEN_PX) return `off-screen (${off[1]}:${off[2]}${off[3] ?? ''})`;
  }
  const zeroSize = /(?:^|;)(?:height|width):0(?:px)?(?:;|$)/.test(decl) && /(?:^|;)overflow:hidden/.test(decl);
  if (zeroSize) return 'zero size, overflow:hidden';
  return undefined;
}

export interface HidingRule {
  /** A simple selector from a <style> block (`.abc`, `#x1`, `div.abc`). */
  selector: string;
  reason: string;
}

/**
 * Hiding rules from the page's <style> blocks. Only simple class/id selectors are kept: that is what injected spam
 * uses, and a full CSS cascade is out of scope.
 */
export function hidingRules(css: string): HidingRule[] {
  const rules: HidingRule[] = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of noComments.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const reason = hidingReason(m[2]!);
    if (!reason) continue;
    for (const sel of m[1]!.split(',')) {
      const s = sel.trim();
      if (/^[a-z0-9]*[.#][\w-]+$/i.test(s)) rules.push({ selector: s, reason });
    }
  }
  return rules;
}

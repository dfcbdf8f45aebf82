/**
 * Spam vocabulary of hacked or mirrored government pages. Words such as 福利, 视频, 体育, 精品 also
 * occur in real government text, so nothing is judged on one word: a title needs two terms including a strong
 * one, a block needs the shape of a keyword list.
 */
const STRONG = [
  '娱乐城', '娛樂城', '赌场', '賭場', '博彩', '彩票', '真人', '棋牌', '老虎机', '水果机', '新葡京', '威尼斯人', '美高梅',
  'pg电子', '成人', '无码', '無碼', '一区二区', '中文字幕', '人妻', '少妇', '在线观看', 'A片', '久久', '亚洲', '欧美', '日韩',
  '午夜', '国产', '快播', '大尺度',
];
const WEAK = ['体育', '官网', '娱乐', '精品', '视频', '福利', '免费'];

const ALL = new RegExp([...STRONG, ...WEAK].sort((a, b) => b.length - a.length).join('|'), 'gi');
const STRONG_SET = new Set(STRONG.map((t) => t.toLowerCase()));
/**
 * Prefilters: a text holding no term at all is decided without collecting its terms, and every judgement below needs
 * a strong term, so a text without one (most text) is cleared by one regex test.
 */
const ANY = new RegExp(ALL.source, 'i');
const ANY_STRONG = new RegExp(STRONG.join('|'), 'i');

/** Distinct spam terms in a text (case-insensitive for Latin terms), in order of appearance; the longest term wins at a position. */
export function spamTerms(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ALL)) found.add(m[0].toLowerCase());
  return [...found];
}

/** Whether the text holds a spam term (`spamTerms(text).length > 0`). */
export function hasSpamTerm(text: string): boolean {
  return ANY.test(text);
}

/** Whether the text holds a strong term somewhere (no keyword list or spam line is without one). */
function hasStrongTerm(text: string): boolean {
  return ANY_STRONG.test(text);
}

/** A strong term split between two texts starts at most this many characters before the joint. */
const JOINT = Math.max(...STRONG.map((t) => t.length)) - 1;

/** `hasStrongTerm(parts.join(''))` without building the joined text: each part is tested, and each joint. */
export function joinedHasStrongTerm(parts: readonly string[]): boolean {
  let tail = '';
  for (const part of parts) {
    if (ANY_STRONG.test(part) || (tail !== '' && ANY_STRONG.test(tail + part.slice(0, JOINT)))) return true;
    tail = (tail + part).slice(-JOINT);
  }
  return false;
}

function strongCount(text: string): number {
  return spamTerms(text).filter((t) => STRONG_SET.has(t)).length;
}

/** An SEO title or meta line: at least two spam terms, one of them strong. */
export function isSpamLine(text: string): boolean {
  if (!hasStrongTerm(text)) return false;
  return strongCount(text) >= 1 && spamTerms(text).length >= 2;
}

/**
 * A keyword list (`亚洲…无码区| 中文字幕一区…| …`, `a_b_c`, `a,b,c`): mostly short runs joined by | _ , and at least
 * half of the runs carry a spam term.
 */
export function isSpamKeywordList(text: string): boolean {
  if (!hasStrongTerm(text)) return false;
  const runs = text.split(/[|｜_,，\s]+/).filter((r) => r.length > 0);
  if (runs.length < 3) return isSpamLine(text) && text.length <= 80;
  const spammy = runs.filter(hasSpamTerm).length;
  const avg = runs.reduce((n, r) => n + r.length, 0) / runs.length;
  return avg <= 24 && spammy * 2 >= runs.length && strongCount(text) >= 1;
}

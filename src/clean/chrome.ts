/**
 * Removes site chrome (domain.md §5): breadcrumbs (the trail is kept in `ctx.facts.breadcrumb`), pagers, lines
 * made only of widget/share/navigation tokens, app/social blocks, and the widget tail of metadata lines
 * (`发布时间:2019-06-03 14:29 文字大小: [ ] 浏览次数:` keeps `发布时间:2019-06-03 14:29`). Footers are a separate pass.
 */
import {
  BLOCK_LINE_MAX,
  CHROME_DEBRIS,
  CHROME_TOKENS,
  HEAD_LINES,
  HEAD_ONLY_TOKENS,
  MAX_CHROME_LINE,
  META_LINE,
  META_WIDGET_FRAGMENTS,
  PAGER_LINE,
} from './lexicons/chrome.js';
import { SENTENCE_PUNCTUATION } from './lexicons/spam-terms.js';
import { editLines, linePlace } from '../../parsers/shared/lines.js';
import { isBlank } from './lines.js';
import type { Pass, PassContext } from './types.js';
import { breadcrumbTrail } from '../../parsers/shared/breadcrumb.js';

type Kind = keyof typeof CHROME_TOKENS;
const TOKENS: ReadonlyArray<readonly [string, Kind]> = (Object.keys(CHROME_TOKENS) as Kind[])
  .flatMap((kind) => CHROME_TOKENS[kind].map((t) => [t, kind] as const))
  .sort((a, b) => b[0].length - a[0].length);
const HEAD_TOKENS = [...HEAD_ONLY_TOKENS];

/** The token kinds a line is made of, or undefined when anything but tokens and debris is left. */
export function chromeTokenKinds(line: string, inHead: boolean): Kind[] | undefined {
  let rest = ` ${line} `;
  const kinds = new Set<Kind>();
  for (const [token, kind] of TOKENS) {
    if (rest.includes(token)) {
      kinds.add(kind);
      rest = rest.split(token).join(' ');
    }
  }
  if (inHead) {
    const words = rest.replace(CHROME_DEBRIS, ' ').trim().split(' ');
    if (words.length > 0 && words.every((w) => HEAD_TOKENS.includes(w as (typeof HEAD_TOKENS)[number]))) {
      kinds.add('nav');
      rest = '';
    }
  }
  if (kinds.size === 0) return undefined;
  return rest.replace(CHROME_DEBRIS, '') === '' ? [...kinds].sort() : undefined;
}

/** The metadata line without its widget fragments (same line when there are none). */
export function stripMetaWidgets(line: string): string {
  if (!META_LINE.test(line)) return line;
  let out = line;
  for (const fragment of META_WIDGET_FRAGMENTS) out = out.replace(new RegExp(fragment.source, fragment.flags), ' ');
  if (out === line) return line;
  const indent = /^\s*/u.exec(line)![0];
  const body = out
    .replace(/\s*([•|｜])(?:\s*[•|｜])+/gu, ' $1')
    .replace(/^[\s•|｜]+|[\s•|｜]+$/gu, '')
    .replace(/\s{2,}/gu, ' ');
  return body === '' ? '' : indent + body;
}

interface Removal {
  ruleId: string;
  message: string;
}

function remove(ctx: PassContext, i: number, line: string, r: Removal, expected = ''): void {
  ctx.report({ ruleId: r.ruleId, severity: 'info', message: r.message, place: linePlace(i + 1), actual: line.trim(), expected });
}

export const chrome: Pass = {
  id: 'clean/chrome',
  description: 'Removes breadcrumbs, pagers, widget/share/navigation lines, app blocks and metadata widget tails.',
  run(text, ctx) {
    const { lines, join } = editLines(text);
    const out = [...lines];
    const tokenLine: boolean[] = lines.map(() => false);
    let nonBlank = 0;
    lines.forEach((line, i) => {
      if (isBlank(line)) return;
      nonBlank += 1;
      if (line.length > MAX_CHROME_LINE) return;
      const trail = breadcrumbTrail(line);
      if (trail) {
        ctx.facts.breadcrumb ??= trail;
        out[i] = '';
        remove(ctx, i, line, {
          ruleId: 'clean/chrome-breadcrumb',
          message: `Removed the breadcrumb; its trail is kept as page metadata: ${trail.join(' > ')}.`,
        });
        return;
      }
      if (PAGER_LINE.test(line)) {
        out[i] = '';
        remove(ctx, i, line, { ruleId: 'clean/chrome-pager', message: 'Removed a previous/next-article link.' });
        return;
      }
      const kinds = chromeTokenKinds(line, nonBlank <= HEAD_LINES);
      if (kinds) {
        tokenLine[i] = true;
        out[i] = '';
        remove(ctx, i, line, { ruleId: `clean/chrome-${kinds[0]}`, message: `Removed a ${kinds.join('/')} chrome line.` });
        return;
      }
      const stripped = stripMetaWidgets(line);
      if (stripped !== line) {
        out[i] = stripped;
        remove(ctx, i, line, { ruleId: 'clean/chrome-meta-widget', message: 'Kept the metadata, removed the widget tail.' }, stripped.trim());
      }
    });
    removeBlockLeftovers(lines, out, tokenLine, ctx);
    return join(out);
  },
};

/**
 * In an app/social block (`微信公众号 / 扫码关注我们 / … / 灵锡APP / 锡企服务平台 / 回到顶部 / 收起`), short lines
 * sandwiched between token lines are chrome too. Only sandwiched lines go, so a heading next to a block stays.
 */
function removeBlockLeftovers(lines: string[], out: string[], tokenLine: boolean[], ctx: PassContext): void {
  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && !isBlank(lines[end]!)) end += 1;
    const run = [...Array(end - i).keys()].map((k) => i + k);
    const tokens = run.filter((k) => tokenLine[k]);
    const short = run.every((k) => lines[k]!.trim().length <= BLOCK_LINE_MAX && !SENTENCE_PUNCTUATION.test(lines[k]!));
    if (short && tokens.length >= 3 && tokens.length * 2 >= run.length) {
      const first = tokens[0]!;
      const last = tokens[tokens.length - 1]!;
      for (const k of run) {
        if (k > first && k < last && !tokenLine[k]) {
          out[k] = '';
          remove(ctx, k, lines[k]!, { ruleId: 'clean/chrome-block', message: 'Removed a line inside an app/social chrome block.' });
        }
      }
    }
    i = end;
  }
}

/**
 * `label value` blocks, one field per line (seed 001 layout B; detail pages that print each item as a form).
 * A record ends where a label it already has appears again, so blocks need no separator line.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { Parser, ParseContext, SourceFile } from '../types.js';
import { matchLabel } from '../../schemas/field-labels.js';
import { mapHeader, rowToDraft } from '../shared/header.js';
import { linePlace } from '../shared/lines.js';
import { publisherFromTitle } from '../shared/catalogue-title.js';

interface Pair {
  label: string;
  value: string;
  line: number; // 1-based
}

/**
 * `事项名称 领导信息`, `事项名称:领导信息`, or a bare `公开依据` (an empty field: seed 001's 社会保障卡信息) —
 * the label must be a field of the label table.
 */
function readPair(line: string, lineNo: number): Pair | undefined {
  const m = /^\s*([^\s:：]{2,12})\s*(?:[:：]\s*|\s+|$)(.*)$/.exec(line);
  if (!m) return undefined;
  const target = matchLabel(m[1]!);
  if (!target || !('field' in target)) return undefined;
  return { label: m[1]!, value: m[2]!.trim(), line: lineNo };
}

export const keyValue: Parser = {
  name: 'key-value',
  description: 'Blocks of `label value` lines, one item per block',
  input: 'text',
  format: 'text',
  detect(file: SourceFile): number {
    let pairs = 0;
    const seen = new Map<string, number>();
    for (const [i, line] of file.lines.slice(0, 2000).entries()) {
      const pair = readPair(line, i + 1);
      if (!pair) continue;
      pairs++;
      seen.set(pair.label, (seen.get(pair.label) ?? 0) + 1);
    }
    const repeated = [...seen.values()].filter((n) => n >= 2).length;
    return pairs >= 6 && repeated >= 3 ? 0.85 : 0;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const publisher = publisherFromTitle(file.lines);
    const items: DraftItem[] = [];
    let block: Pair[] = [];
    const flush = () => {
      if (block.length < 2) {
        // A lone `label value` line is prose that happens to start with a label, not a record.
        block = [];
        return;
      }
      const columns = mapHeader(block.map((p) => p.label));
      const values = block.map((p) => unquote(p, ctx));
      const draft = rowToDraft(columns, values, linePlace(block[0]!.line, block.at(-1)!.line));
      if (publisher && !draft.fields.publisher) draft.fields.publisher = publisher;
      items.push(draft);
      block = [];
    };
    file.lines.forEach((line, i) => {
      const pair = readPair(line, i + 1);
      if (!pair) {
        // A continuation line of a quoted value (a CSV-style cell with an embedded newline).
        const last = block.at(-1);
        if (last && line.trim() && last.value.startsWith('"') && !last.value.endsWith('"')) last.value += '\n' + line.trim();
        else if (line.trim()) flush();
        return;
      }
      if (block.some((p) => p.label === pair.label)) flush();
      block.push(pair);
    });
    flush();
    return items;
  },
};

function unquote(pair: Pair, ctx: ParseContext): string {
  const v = pair.value;
  if (!v.startsWith('"')) return v;
  if (v.length > 1 && v.endsWith('"')) return v.slice(1, -1).trim();
  ctx.report({
    ruleId: 'parse/unbalanced-quote',
    severity: 'info',
    message: `The ${pair.label} value opens a quote that is never closed; the quote was dropped.`,
    place: linePlace(pair.line),
  });
  return v.slice(1).trim();
}

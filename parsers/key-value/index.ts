/**
 * `label value` blocks, one field per line (seed 001 layout B; detail pages that print each item as a form).
 * A record ends where a label it already has appears again, so blocks need no separator line.
 */
import type { DraftItem } from '../../schemas/draft-item.js';
import type { Parser, ParseContext, SourceFile } from '../types.js';
import { matchLabel } from '../../schemas/field-labels.js';
import type { CellGrid } from '../shared/cell-grid.js';
import { unquote } from '../shared/citation-split.js';
import { decodeGrid } from '../shared/decode-grid.js';
import { linePlace } from '../shared/lines.js';

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
  // `序号 |` is a cell of a one-cell-per-line table rendering (flat-table), not a label with a value.
  if (/^\|+$/.test(m[2]!.trim())) return undefined;
  // `事项类别 事项名称 公开内容 …` is a header row of a table, not a pair.
  const rest = m[2]!.trim().split(/\s+/);
  if (rest.length >= 2 && rest.every((t) => matchLabel(t))) return undefined;
  return { label: m[1]!, value: m[2]!.trim(), line: lineNo };
}

export const keyValue: Parser = {
  name: 'key-value',
  description: 'Blocks of `label value` lines, one item per block',
  input: 'text',
  format: 'text',
  kind: 'catalogue',
  /** Sure once four consecutive lines are pairs with four different labels: one whole record. */
  detect(file: SourceFile): number {
    let run = new Set<string>();
    for (const [i, line] of file.lines.slice(0, 5000).entries()) {
      const pair = readPair(line, i + 1);
      if (!pair) {
        run = new Set();
        continue;
      }
      run.add(pair.label);
      if (run.size >= 4) return 0.85;
    }
    return 0;
  },
  parse(file: SourceFile, ctx: ParseContext): DraftItem[] {
    const items: DraftItem[] = [];
    let block: Pair[] = [];
    const flush = () => {
      if (block.length === 1) {
        // A lone `label value` line is not a record; say so rather than drop it.
        ctx.report({
          ruleId: 'parse/row-rejected',
          severity: 'warning',
          message: 'A single `label value` line outside any block; it was not read as an item. Check whether its block lost lines.',
          place: linePlace(block[0]!.line),
          actual: file.lines[block[0]!.line - 1],
        });
      }
      if (block.length < 2) {
        block = [];
        return;
      }
      items.push(...decodeGrid(blockGrid(file.path, block.map((p) => ({ ...p, value: unquoted(p, ctx) }))), ctx.report).items);
      block = [];
    };
    let local: Pair | undefined;
    file.lines.forEach((line, i) => {
      const pair = readPair(line, i + 1);
      if (!pair) {
        // A continuation line of a quoted value (a CSV-style cell with an embedded newline).
        const last = block.at(-1);
        if (last && line.trim() && last.value.startsWith('"') && !last.value.endsWith('"')) last.value += '\n' + line.trim();
        else if (block.length && (local = localField(file.lines, i, block))) block.push(local);
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

/**
 * A `label value` line with a label the table does not know (`备注 …`, `咨询电话 …`) inside a block, when the next line
 * carries on the same record: a local column, kept in `extra`. Ending the block there would hand the rest of the
 * record to the next item.
 */
function localField(lines: readonly string[], index: number, block: readonly Pair[]): Pair | undefined {
  const m = /^\s*([^\s:：|]{2,12})\s*(?:[:：]\s*|\s+)(.*)$/.exec(lines[index]!);
  if (!m) return undefined;
  // The next line with text (looked for in place: a copy of the rest of the page per line was quadratic).
  let next = index + 1;
  while (next < lines.length && lines[next]!.trim() === '') next += 1;
  const following = next < lines.length ? readPair(lines[next]!, next + 1) : undefined;
  if (!following || block.some((p) => p.label === following.label)) return undefined;
  return { label: m[1]!, value: m[2]!.trim(), line: index + 1 };
}

/**
 * A block is a table of one row turned on its side: its labels are the header row, its values the body row, and the
 * shared decoder reads it as it reads any table.
 */
function blockGrid(name: string, block: Pair[]): CellGrid {
  return {
    name,
    rows: [
      block.map((p) => ({ text: p.label, place: linePlace(p.line) })),
      block.map((p) => ({ text: p.value, place: linePlace(p.line) })),
    ],
    rowPlaces: [linePlace(block[0]!.line), linePlace(block[0]!.line, block.at(-1)!.line)],
  };
}

function unquoted(pair: Pair, ctx: ParseContext): string {
  const { text, unbalanced } = unquote(pair.value);
  if (!unbalanced) return text;
  ctx.report({
    ruleId: 'parse/unbalanced-quote',
    severity: 'info',
    message: `The ${pair.label} value opens a quote that is never closed; the quote was dropped.`,
    place: linePlace(pair.line),
  });
  return text;
}

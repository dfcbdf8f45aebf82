/**
 * Renders a document's `stats` without knowing its shape: a record of records becomes a matrix (rows × columns),
 * a record of numbers a one-row table, an array of records a table, anything else nests under headings.
 * Rows or columns whose key appears in a finding's place (`§三 r7`) are marked so findings show in context.
 */
import { html, type Html } from './html.js';

type Plain = string | number | boolean | null;
const MAX_DEPTH = 6;

const isPlain = (v: unknown): v is Plain => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const cell = (v: unknown): string => (v === null || v === undefined ? '' : isPlain(v) ? String(v) : JSON.stringify(v));

function unionKeys(records: Record<string, unknown>[]): string[] {
  const keys: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

const flag = (flagged: Set<string>, key: string): Html => (flagged.has(key) ? html` class="flagged"` : html``);

function matrix(rowKeys: string[], rows: Record<string, unknown>[], flagged: Set<string>, corner: string): Html {
  const columns = unionKeys(rows);
  return html`<div class="scroll"><table class="stats"><thead><tr><th>${corner}</th>${columns.map(
    (c) => html`<th${flag(flagged, c)}>${c}</th>`,
  )}</tr></thead><tbody>${rows.map(
    (row, i) => html`<tr${flag(flagged, rowKeys[i])}><th>${rowKeys[i]}</th>${columns.map(
      (c) => html`<td class="num">${cell(row[c])}</td>`,
    )}</tr>`,
  )}</tbody></table></div>`;
}

export function renderStats(value: unknown, flagged: Set<string>, depth = 0): Html {
  if (depth > MAX_DEPTH) return html`<code>${cell(value)}</code>`;
  if (isPlain(value)) return html`${cell(value)}`;
  if (Array.isArray(value)) {
    if (value.every(isPlain)) return html`${value.map(cell).join(', ')}`;
    if (value.every((v) => isRecord(v) && Object.values(v).every(isPlain))) {
      return matrix(value.map((_, i) => String(i + 1)), value as Record<string, unknown>[], flagged, '#');
    }
    if (value.every((v) => Array.isArray(v) && v.every(isPlain))) {
      return matrix(value.map((_, i) => String(i + 1)), (value as Plain[][]).map((row) => Object.fromEntries(row.map((v, i) => [String(i + 1), v]))), flagged, '#');
    }
    return html`<ol>${value.map((v) => html`<li>${renderStats(v, flagged, depth + 1)}</li>`)}</ol>`;
  }
  if (!isRecord(value)) return html`${cell(value)}`;
  const entries = Object.entries(value);
  if (entries.length === 0) return html`<span class="muted">(空 empty)</span>`;
  if (entries.every(([, v]) => isRecord(v) && Object.values(v).every(isPlain))) {
    return matrix(entries.map(([k]) => k), entries.map(([, v]) => v as Record<string, unknown>), flagged, '');
  }
  if (entries.every(([, v]) => isPlain(v))) return matrix([''], [value], flagged, '');
  const plain = entries.filter(([, v]) => isPlain(v));
  const nested = entries.filter(([, v]) => !isPlain(v));
  return html`${plain.length ? matrix([''], [Object.fromEntries(plain)], flagged, '') : ''}${nested.map(
    ([k, v]) => html`<div class="stats-group"><h${Math.min(4 + depth, 6)}${flag(flagged, k)}>${k}</h${Math.min(4 + depth, 6)}>${renderStats(v, flagged, depth + 1)}</div>`,
  )}`;
}

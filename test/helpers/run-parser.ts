/** Runs a text parser the way the pipeline does: decoded text, split lines, diagnostics collected. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import type { Parser, SourceFile } from '../../parsers/types.js';

export const SEEDS = {
  heshan: 'samples/000_009c419fc4f033b9.txt',
  hengyang: 'samples/001_6462eb492de27ff8.txt',
  zhongwei: 'samples/002_842afc8bd2ab19b2.txt',
  yiyangReport: 'samples/003_dd84b1810a265b1d.txt',
  mohrssNotice: 'samples/004_3051d7ee456ee7f6.txt',
} as const;

export function readRepoFile(relative: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${relative}`, import.meta.url)), 'utf8');
}

export function sourceFile(text: string, path = 'input.txt'): SourceFile {
  return { path, bytes: new TextEncoder().encode(text), text, encoding: 'utf-8', lines: text.split(/\r\n|\r|\n/) };
}

export async function runParser(parser: Parser, text: string): Promise<{ items: DraftItem[]; diagnostics: DiagnosticInput[] }> {
  const diagnostics: DiagnosticInput[] = [];
  const items = await parser.parse(sourceFile(text), {
    report: (d) => diagnostics.push(d),
    limits: { maxBytes: 50_000_000, maxCells: 1_000_000 },
  });
  return { items, diagnostics };
}

/** Character-level Traditional → Simplified, as the cleaning pass does (never phrase mode). */
export function toSimplified(text: string): string {
  return OpenCC.Converter({ from: 't', to: 'cn' })(text);
}

/** Blanks the given 1-based lines, keeping the line count (what a cleaning pass does to chrome). */
export function blankLines(text: string, lineNumbers: number[]): string {
  const lines = text.split('\n');
  for (const n of lineNumbers) lines[n - 1] = '';
  return lines.join('\n');
}

/** Test helper: runs a parser over a fixture file the way the pipeline would, collecting diagnostics. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import type { ParseLimits, Parser, SourceFile } from '../../parsers/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

export const LIMITS: ParseLimits = { maxBytes: 20 * 1024 * 1024, maxCells: 1_000_000 };

/** Bytes → SourceFile; text files are decoded with `encoding` (gb18030 for the GBK copy). */
export function sourceFile(path: string, bytes: Uint8Array, encoding = 'utf-8'): SourceFile {
  const text = encoding === 'binary' ? '' : new TextDecoder(encoding).decode(bytes);
  return { path, bytes, text, encoding, lines: text === '' ? [] : text.split(/\r?\n/) };
}

export function fixture(rel: string, encoding = 'utf-8'): SourceFile {
  return sourceFile(rel, new Uint8Array(readFileSync(FIXTURES + rel)), encoding);
}

export function sample(name: string): SourceFile {
  return sourceFile(`samples/${name}`, new Uint8Array(readFileSync(SAMPLES + name)));
}

export interface Run {
  items: DraftItem[];
  diagnostics: Diagnostic[];
}

export async function run(parser: Parser, file: SourceFile, limits: ParseLimits = LIMITS): Promise<Run> {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Omit<Diagnostic, 'file' | 'source'> & { source?: string }) =>
    diagnostics.push({ file: file.path, source: d.source ?? parser.name, ...d });
  const items = await parser.parse(file, { report, limits });
  return { items, diagnostics };
}

/** Items per sheet (the part of the place before `!`). */
export function countBySheet(items: DraftItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const sheet = item.place.split('!')[0]!;
    out[sheet] = (out[sheet] ?? 0) + 1;
  }
  return out;
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

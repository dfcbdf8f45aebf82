/**
 * `catalog clean <file>`: decode a file as ingest does, run the document passes, and summarise what each rule did.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { splitLines } from '../../parsers/shared/lines.js';
import { decodeBytes } from '../decode.js';
import { cleanText, type CleanResult } from './preset.js';
import { summarizeByRule, type RuleSummary } from './summary.js';

export interface CleanFileResult extends CleanResult {
  /** Path as given, with forward slashes. */
  file: string;
  encoding: string;
  diagnostics: Diagnostic[];
  summary: RuleSummary[];
}

export async function cleanFile(path: string): Promise<CleanFileResult> {
  const file = path.replace(/\\/g, '/');
  const decoded = decodeBytes(await readFile(path));
  // Same line splitting as ingest, so `L<n>` here is `L<n>` in the dataset's diagnostics.
  const text = splitLines(decoded.text).join('\n');
  const diagnostics: Diagnostic[] = [];
  const result = cleanText(text, (d) => diagnostics.push({ file, source: d.source ?? 'clean', ...d }));
  return { ...result, file, encoding: decoded.encoding, diagnostics, summary: summarizeByRule(diagnostics) };
}

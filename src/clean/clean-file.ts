/**
 * `catalog clean <file>`: decode a file, run the document passes, and summarise what each rule did.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { cleanText, type CleanResult } from './preset.js';
import { summarizeByRule, type RuleSummary } from './summary.js';

export interface CleanFileResult extends CleanResult {
  /** Path as given, with forward slashes. */
  file: string;
  encoding: string;
  diagnostics: Diagnostic[];
  summary: RuleSummary[];
}

/** UTF-8 (with or without BOM) or, failing that, GB18030: the encodings of the pages this tool reads. */
function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export async function cleanFile(path: string): Promise<CleanFileResult> {
  const file = path.replace(/\\/g, '/');
  const { text, encoding } = decode(await readFile(path));
  const diagnostics: Diagnostic[] = [];
  const result = cleanText(text, (d) => diagnostics.push({ file, source: d.source ?? 'clean', ...d }));
  return { ...result, file, encoding, diagnostics, summary: summarizeByRule(diagnostics) };
}

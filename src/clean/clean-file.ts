/**
 * `catalog clean <file>`: the file goes through ingest's own path (decode, HTML rendering, workbook cells, every
 * document pass, the spam repair of cells), and the result is what ingest writes to files.jsonl as `cleanedText`,
 * with the evidence of every removal and repair.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { ingestFile, type IngestFileOptions } from '../ingest/ingest-file.js';
import type { CleanResult } from './preset.js';
import { formatCleanDiff } from './clean-diff.js';
import { summarizeByRule, type RuleSummary } from './summary.js';

export interface CleanFileResult extends CleanResult {
  /** Path as given, with forward slashes. */
  file: string;
  encoding: string;
  /** True when the text was cut at files.jsonl's limit. */
  truncated: boolean;
  /** The cleaning evidence: decode problems and every removal or repair (rule ids `decode/…`, `clean/…`). */
  diagnostics: Diagnostic[];
  /** Errors that kept the file from being read (too large, binary no parser knows, a PDF without a text layer). */
  errors: Diagnostic[];
  summary: RuleSummary[];
  /** The removed and repaired spans (`formatCleanDiff`), for `catalog clean --diff`. */
  diff: string;
}

/** Decoding, cleaning, and the reading of a PDF's text layer (its errors keep the file from being read; its furniture is removed). */
const CLEANING = /^(?:decode|clean|pdf)\//u;

export async function cleanFile(path: string, options: IngestFileOptions = {}): Promise<CleanFileResult> {
  const file = path.replace(/\\/g, '/');
  const result = await ingestFile(file, await readFile(path), options);
  const diagnostics = result.diagnostics.filter((d) => CLEANING.test(d.ruleId));
  return {
    file,
    encoding: result.record.encoding,
    text: result.record.cleanedText,
    truncated: result.record.cleanedTextTruncated === true,
    facts: result.facts,
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error'),
    summary: summarizeByRule(diagnostics),
    diff: formatCleanDiff(diagnostics),
  };
}

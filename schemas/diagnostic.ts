import { z } from 'zod';

/**
 * One message type for every stage: decoding, cleaning passes, parsers, normalizers and checks.
 * `ruleId` is permanent (documented by `catalog checks` / `catalog parsers`); `source` names the stage
 * that raised it (a parser name, a pass id, a check id).
 */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z.object({
  /** Input file path as given on the command line (forward slashes). */
  file: z.string(),
  /** Stage that raised it: parser name, pass id, normalizer or check id. */
  source: z.string(),
  ruleId: z.string(),
  severity: Severity,
  /** Says what happened and what to do about it. */
  message: z.string(),
  /**
   * Where: a line range in the decoded source (`L4` or `L4-L7`), a spreadsheet cell (`Sheet1!B7`),
   * a CSV record (`record 12`), or an item field (`item 3 basis`).
   */
  place: z.string().optional(),
  /** What was seen (for a removal or repair: the removed text). */
  actual: z.string().optional(),
  /** What was expected or put back. */
  expected: z.string().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** What a stage hands to `report`: the file is filled in by the pipeline. */
export type DiagnosticInput = Omit<Diagnostic, 'file' | 'source'> & { source?: string };

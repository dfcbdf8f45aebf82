/**
 * A file's detection scores, kept for the file's lifetime: a parser may consult another's detect() before the
 * pipeline asks it; each parser scans a file once.
 */
import type { Parser, SourceFile } from '../types.js';

const scores = new WeakMap<SourceFile, Map<Parser, number>>();

/** `parser.detect(file)`, computed on the first call for this file object. A throwing detect is not remembered. */
export function detectOnce(parser: Parser, file: SourceFile): number {
  let known = scores.get(file);
  if (!known) scores.set(file, (known = new Map()));
  let score = known.get(parser);
  if (score === undefined) {
    score = parser.detect(file);
    known.set(parser, score);
  }
  return score;
}

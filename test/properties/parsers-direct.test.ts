/**
 * Every registered parser, called directly (no detection gate, no cleaning) on random SourceFiles: detect() returns a
 * score and parse() returns drafts, neither throws, and every diagnostic is well formed. Parsers that only see what
 * the pipeline lets through would hide crashes that a different detector or a new caller would expose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsers } from '../../parsers/index.js';
import type { SourceFile } from '../../parsers/types.js';
import { Diagnostic, type DiagnosticInput } from '../../schemas/diagnostic.js';
import { DEFAULT_LIMITS } from '../../src/ingest/ingest-file.js';
import { runs } from '../helpers/runs.js';
import { anyText, splicedSeed } from './arbitraries.js';

const textFile = fc.oneof(anyText, splicedSeed).map((text): SourceFile => ({ path: 'fuzz.txt', bytes: Buffer.from(text, 'utf8'), text, encoding: 'utf-8', lines: text.split('\n') }));
const binaryFile = fc
  .oneof(
    fc.uint8Array({ maxLength: 2048 }),
    // Zip-looking bytes: the local-file signature followed by garbage.
    fc.uint8Array({ maxLength: 2048 }).map((rest) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...rest])),
  )
  .map((bytes): SourceFile => ({ path: 'fuzz.bin', bytes, text: '', encoding: 'binary', lines: [''] }));

describe.each(parsers.map((p) => [p.name, p] as const))('%s called directly', (_name, parser) => {
  it('detect() and parse() never throw on random files; diagnostics are well formed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(textFile, binaryFile), async (file) => {
        const score = parser.detect(file);
        expect(typeof score).toBe('number');
        const reported: DiagnosticInput[] = [];
        const drafts = await parser.parse(file, { report: (d) => reported.push(d), limits: DEFAULT_LIMITS });
        expect(Array.isArray(drafts)).toBe(true);
        for (const d of drafts) {
          expect(typeof d.place).toBe('string');
          for (const v of Object.values(d.fields)) expect(typeof v).toBe('string');
        }
        for (const d of reported) {
          expect(Diagnostic.safeParse({ file: file.path, source: parser.name, ...d }).error).toBeUndefined();
          expect(d.ruleId).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
          expect(d.message).not.toBe('');
        }
      }),
      { numRuns: runs(120) },
    );
  });
});

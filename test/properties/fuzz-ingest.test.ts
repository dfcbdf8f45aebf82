/**
 * Hostile input never crashes a file's ingest: random bytes, random text, and real samples cut and spliced at
 * random places all come back as items and/or diagnostics, each diagnostic naming the file and a rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { runs } from '../helpers/runs.js';
import { describe, expect, it } from 'vitest';
import { Diagnostic, ingestFile } from '../../src/index.js';

const samples = readdirSync(join(import.meta.dirname, '../../samples')).map((f) => readFileSync(join(import.meta.dirname, '../../samples', f)));

async function ingestSafely(bytes: Uint8Array) {
  const result = await ingestFile('fuzz.txt', bytes);
  for (const d of result.diagnostics) {
    expect(Diagnostic.safeParse(d).success).toBe(true);
    expect(d.file).toBe('fuzz.txt');
  }
  return result;
}

describe('ingestFile on hostile input', () => {
  it('survives random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => void (await ingestSafely(bytes))), { numRuns: runs(300) });
  });

  it('survives random Unicode text, including NUL, CR and lone surrogates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), async (text) => void (await ingestSafely(Buffer.from(text, 'utf8')))),
      { numRuns: runs(300) },
    );
  });

  it('survives samples truncated, spliced and with mixed line ends', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.integer({ min: 0, max: 80_000 }),
        fc.integer({ min: 0, max: 80_000 }),
        fc.constantFrom('\n', '\r\n', '\r', '|', '"', '《', ''),
        async (k, a, b, glue) => {
          const text = samples[k]!.toString('utf8');
          const cut = text.slice(0, Math.min(a, b)) + glue + text.slice(Math.max(a, b));
          await ingestSafely(Buffer.from(cut.replace(/\n/g, (m, i: number) => (i % 7 === 0 ? '\r\n' : m)), 'utf8'));
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

/**
 * Shared generators for the property tests: random Unicode (NUL, CR, lone surrogates included), and text built
 * from slices of the real seed pages, so that generated input reaches the branches that plain noise never does
 * (chrome widgets, spam lines, pinyin glosses, mojibake, tables).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { cleanText } from '../../src/clean/preset.js';

const samplesDir = join(import.meta.dirname, '../../samples');
export const sampleTexts: string[] = readdirSync(samplesDir)
  .sort()
  .map((f) => readFileSync(join(samplesDir, f), 'utf8'));
const sampleLines = sampleTexts.flatMap((t) => t.split('\n')).filter((l) => l.trim() !== '');
/** Lines the document passes change (spam, chrome, glosses, mojibake, Traditional): rare among all lines, so drawn apart. */
const dirtyLines = sampleTexts.flatMap((t) => {
  const cleaned = cleanText(t, () => {}).text.split('\n');
  return t.split('\n').filter((line, i) => line !== cleaned[i]);
});

/** Any string of code units, including NUL, lone CR and unpaired surrogates. */
export const noise = fc.string({ unit: 'binary', maxLength: 300 });

const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
/** A slice of a seed line, sometimes with noise glued on. */
const seedPiece = fc
  .tuple(fc.oneof(fc.constantFrom(...sampleLines), fc.constantFrom(...dirtyLines)), fc.nat(), fc.nat(), fc.option(fc.string({ unit: 'binary', maxLength: 8 }), { nil: undefined }))
  .map(([line, a, b, glue]) => {
    if (b % 3 === 0) return line;
    const from = a % (line.length + 1);
    return line.slice(from, Math.max(from, b % (line.length + 1))) + (glue ?? '');
  });

/** Lines of seed text and noise, joined with mixed line ends. */
export const pageText = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: seedPiece }, { weight: 1, arbitrary: noise }), lineEnd), { maxLength: 30 })
  .map((parts) => parts.map(([text, end]) => text + end).join(''));

/** Either kind of text. */
export const anyText = fc.oneof({ weight: 1, arbitrary: noise }, { weight: 3, arbitrary: pageText });

/** A whole seed page with a random stretch cut out and noise put in its place. */
export const splicedSeed = fc
  .tuple(fc.constantFrom(...sampleTexts), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 20 }))
  .map(([text, a, b, glue]) => {
    const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
    return text.slice(0, from) + glue + text.slice(to!);
  });

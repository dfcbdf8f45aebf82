/**
 * `catalog clean --diff`: the removed and repaired spans, in reading order, from the evidence every removal carries
 * (`- removed`, `+ put in its place`), under the place and rule that made the change.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';

/** Sort key of a place: `L12`, `L3-L7`, `Sheet1!A7 basis`, `L4 body` → numbers compared as numbers. */
function placeKey(place: string | undefined): (string | number)[] {
  return (place ?? '').split(/(\d+)/u).map((part, i) => (i % 2 === 1 ? Number(part) : part));
}

function comparePlaces(a: string | undefined, b: string | undefined): number {
  const ka = placeKey(a);
  const kb = placeKey(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i += 1) {
    const [x, y] = [ka[i]!, kb[i]!];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return ka.length - kb.length;
}

/** Decoding and the HTML steps read the file; the passes read the text made from it. */
function stage(d: DiagnosticInput): number {
  return d.source === 'decode' || d.source === 'html' ? 0 : 1;
}

function quoted(sign: '-' | '+', text: string): string[] {
  return text.split('\n').map((line) => `${sign} ${line}`);
}

/**
 * The diff text: one hunk per removal or repair that carries evidence; '' when nothing was changed. The HTML steps
 * come first, in source order (their places are lines of the markup), then the passes, in order of the lines of the
 * rendered text.
 */
export function formatCleanDiff(diagnostics: readonly DiagnosticInput[]): string {
  const changes = diagnostics
    .map((d, order) => ({ d, order }))
    .filter(({ d }) => (d.actual ?? '') !== '' && d.actual !== d.expected)
    .sort((a, b) => stage(a.d) - stage(b.d) || comparePlaces(a.d.place, b.d.place) || a.order - b.order);
  return changes
    .map(({ d }) => [`@@ ${d.place ?? '(file)'} ${d.ruleId}`, ...quoted('-', d.actual!), ...(d.expected ? quoted('+', d.expected) : [])].join('\n'))
    .join('\n')
    .concat(changes.length > 0 ? '\n' : '');
}

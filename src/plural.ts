/** `1 error`, `2 errors`, `0 errors`: a count with its noun in the right number (English). */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : nouns}`;
}

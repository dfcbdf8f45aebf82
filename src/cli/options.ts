/** Option parsers shared by the commands. */
import { InvalidArgumentError } from 'commander';

export function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0.');
  return Number(value);
}

/** For an option given several times: every value, in order. */
export function repeatable(value: string, all: string[]): string[] {
  return [...all, value];
}

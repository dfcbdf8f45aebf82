/**
 * Golden files: compare with the committed expectation, or rewrite it when UPDATE_GOLDEN=1
 * (then review the diff: it is the change's real output).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export const updating = process.env.UPDATE_GOLDEN === '1';

export function expectGolden(path: string, actual: string): void {
  if (updating || !existsSync(path)) {
    if (!updating) throw new Error(`Missing golden file ${path}; run with UPDATE_GOLDEN=1 and review it.`);
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The modules a file imports or re-exports, resolved against the repository root. */
function importsOf(file: string): string[] {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'|\bimport\s*\(\s*'([^']+)'\s*\)/g)];
  return specifiers
    .map((m) => m[1] ?? m[2]!)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(root, resolve(file, '..', s)));
}

describe('layering', () => {
  it('parsers depend on nothing in src: the library calls parsers, never the reverse', () => {
    const offending = tsFiles(join(root, 'parsers')).flatMap((file) =>
      importsOf(file).filter((target) => target.startsWith('src/')).map((target) => `${relative(root, file)} → ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('the import scan sees a relative import into src (so the rule above can fail)', () => {
    const file = join(root, 'parsers/shared/page-meta.ts');
    expect(relative(root, resolve(file, '..', '../../src/clean/chrome.js'))).toBe('src/clean/chrome.js');
    expect(importsOf(file).length).toBeGreaterThan(0);
  });
});

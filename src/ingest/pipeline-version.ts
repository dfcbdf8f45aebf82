/**
 * The version of what turns bytes into a file's result, used to key cached results. Rule: package version + a hash
 * of the registered page preparers, parser names and document-pass ids (each in registry order). Adding, removing or
 * reordering a preparer, parser or pass changes it by itself; a change inside one must come with a package version
 * bump (every release does) — or clear the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsers } from '../../parsers/index.js';
import { PRESET } from '../clean/preset.js';
import { pagePreparers } from './prepare-page.js';

export function pipelineVersion(): string {
  const registered = [...pagePreparers.map((p) => p.format), '', ...parsers.map((p) => p.name), '', ...PRESET.map((p) => p.id)].join('\n');
  const names = createHash('sha256').update(registered).digest('hex').slice(0, 12);
  return `${packageVersion()}+${names}`;
}

/** This package's version; found by walking up, as the module runs from src/ (tests) or dist/src/ (built). */
function packageVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'catalog' && pkg.version) return pkg.version;
    }
    const parent = dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}

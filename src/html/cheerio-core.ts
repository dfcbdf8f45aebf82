/**
 * cheerio's `load` (parse5) without the rest of its main entry: `import 'cheerio'` also loads undici, an encoding
 * sniffer and stream parsers for fromURL/loadBuffer, which we never call — about 13 MB in every thread (the main
 * thread and each ingest worker). The package's exports map offers no entry for `load` alone, so its module is
 * imported by path beside the resolved package (cheerio's version is pinned; a moved file fails every HTML test).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The resolved entry is dist/commonjs/index.js; its ESM twin's load-parse.js is what `cheerio`'s index re-exports.
const entry = createRequire(import.meta.url).resolve('cheerio');
const core = (await import(pathToFileURL(join(dirname(entry), '../esm/load-parse.js')).href)) as Pick<typeof import('cheerio'), 'load'>;

export const load = core.load;

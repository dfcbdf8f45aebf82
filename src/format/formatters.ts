/** Diagnostic formatters by name (`--format`). */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export const FORMATTERS: Record<string, (diagnostics: readonly Diagnostic[]) => string> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
};

/**
 * The `<items-selector>` syntax used by `--standard`: comma-separated `key=value` terms, all of which must hold.
 *
 *   parser=xlsx                     items produced by the xlsx parser
 *   file=标准目录/*.xlsx             source.file matches a glob (`*` any run of characters, `?` one character)
 *   publisher=人力资源社会保障部      publisher (falls back to source.file when absent)
 *   format=xlsx                     source.format
 *   category=就业信息服务            the first category (一级事项 / 事项类别)
 *
 * Values are compared whole; `*` and `?` work in every key, and `|` separates alternatives
 * (`file=就业.xlsx|社保.xlsx`). Example: `parser=xlsx,file=*标准目录*`.
 */
import { UsageError } from '../usage-error.js';

export const SELECTOR_KEYS = ['parser', 'file', 'publisher', 'format', 'category'] as const;
export type SelectorKey = (typeof SELECTOR_KEYS)[number];

/** The fields of an item a selector can look at. */
export interface SelectableItem {
  parser: string;
  file: string;
  publisher: string;
  format: string;
  category: string;
}

export interface ItemSelector {
  /** The selector as written (shown in reports). */
  text: string;
  matches(item: SelectableItem): boolean;
}

function globToRegExp(glob: string): RegExp {
  const alternatives = glob.split('|').map((alt) =>
    alt.trim().replace(/[.+^${}()[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.'),
  );
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'u');
}

/** A selector that cannot be read: a usage error (the CLI exits 2 with this message), not bad data. */
export class SelectorError extends UsageError {
  override name = 'SelectorError';
}

/** Throws a message that says how to write the selector. */
export function parseSelector(text: string): ItemSelector {
  const terms = text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((term) => {
      const eq = term.indexOf('=');
      const key = eq > 0 ? term.slice(0, eq).trim() : '';
      if (!(SELECTOR_KEYS as readonly string[]).includes(key)) {
        throw new SelectorError(
          `selector term "${term}" is not key=value with key one of ${SELECTOR_KEYS.join(', ')} (e.g. parser=xlsx,file=*标准目录*)`,
        );
      }
      return { key: key as SelectorKey, pattern: globToRegExp(term.slice(eq + 1).trim()) };
    });
  if (terms.length === 0) throw new SelectorError('empty selector: write e.g. parser=xlsx or file=*标准目录*');
  return { text, matches: (item) => terms.every(({ key, pattern }) => pattern.test(item[key])) };
}

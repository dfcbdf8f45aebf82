/**
 * The page's DOM: parse5 with cheerio's tree adapter (domhandler nodes, as cheerio builds them), and cheerio's `load`
 * for the CSS selectors of hiding rules. `import 'cheerio'` would also load undici, an encoding sniffer and stream
 * parsers for fromURL/loadBuffer, which we never call — about 13 MB in every thread (the main thread and each ingest
 * worker). The package's exports map offers no entry for `load` alone, so its module, parse5 and the tree adapter are
 * imported by path beside the resolved package (cheerio's version is pinned; a moved file fails every HTML test).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Document, Element } from 'domhandler';

// The resolved entries are dist/cjs(commonjs)/index.js; their ESM twins are what cheerio's ESM build imports.
const entry = createRequire(import.meta.url).resolve('cheerio');
const core = (await import(pathToFileURL(join(dirname(entry), '../esm/load-parse.js')).href)) as Pick<typeof import('cheerio'), 'load'>;
const esmBeside = (name: string): string => pathToFileURL(createRequire(entry).resolve(name).replace(/[\\/]cjs[\\/]index\.js$/, '/index.js')).href;

/** The part of parse5's parser used here (`Parser` is exported but marked internal; parse5's version is pinned). */
interface Parse5Parser {
  readonly document: Document;
  readonly tokenizer: { write(html: string, isLastChunk: boolean): void };
  readonly treeAdapter: { appendChild(parent: unknown, node: unknown): void };
  readonly openElements: { currentTmplContentOrNode: unknown };
  _shouldFosterParentOnInsertion(): boolean;
  _fosterParentElement(element: Element): void;
}
type Parse5ParserClass = new (options: object) => Parse5Parser;

const { Parser } = (await import(esmBeside('parse5'))) as { Parser: Parse5ParserClass };
const { adapter } = (await import(esmBeside('parse5-htmlparser2-tree-adapter'))) as { adapter: object };

/** parse5's source location of an element, as far as the page steps (start and end line) and parse5 read it. */
interface Place { startLine: number; endLine: number; endTag?: object }

/**
 * parse5 with element lines only: an element's location is `{ startLine, endLine, endTag }` instead of a copy of its
 * start tag's location (with every attribute's location) grown by a spread copy per end tag, and text, comment and
 * doctype nodes get none. The start and end lines are what parse5 would record; nothing reads the rest.
 */
class LineParser extends Parser {
  _attachElementToTree(element: Element, location: Place | null): void {
    (element as unknown as { sourceCodeLocation?: Place | null }).sourceCodeLocation =
      location && { startLine: location.startLine, endLine: location.endLine };
    if (this._shouldFosterParentOnInsertion()) this._fosterParentElement(element);
    else this.treeAdapter.appendChild(this.openElements.currentTmplContentOrNode ?? this.document, element);
  }
}

const treeAdapter = {
  ...adapter,
  setNodeSourceCodeLocation(node: { sourceCodeLocation?: Place | null }): void {
    node.sourceCodeLocation = null;
  },
  updateNodeSourceCodeLocation(node: { sourceCodeLocation?: Place | null }, end: Place): void {
    const place = node.sourceCodeLocation;
    if (!place) return;
    place.endLine = end.endLine;
    if (end.endTag) place.endTag = end.endTag;
  },
};

/** The document of an HTML page, as cheerio's `load(html, { sourceCodeLocationInfo: true })` builds it. */
export function parseDocument(html: string): Document {
  const parser = new LineParser({ sourceCodeLocationInfo: true, scriptingEnabled: true, treeAdapter });
  parser.tokenizer.write(html, true);
  return parser.document;
}

export const load = core.load;

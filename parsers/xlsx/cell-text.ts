/**
 * How much text a workbook's cells may hold, measured on the inflated XML before the spreadsheet library reads it.
 * The library holds each part as one string and builds every cell from it, and every later step copies a cell's
 * text a few times: about ten bytes of memory for each byte of cell text. A catalogue cell never needs megabytes, so
 * a longer cell is cut to its first MAX_CELL_TEXT bytes (the rest of the sheet is read), and the text of all cells
 * together is held to MAX_WORKBOOK_TEXT, about a hundred times the text of a large real catalogue.
 *
 * The XML is handled as bytes; text is counted in UTF-8 bytes, the markup not at all.
 */

/** Bytes of text one cell (or one shared string) may hold. */
export const MAX_CELL_TEXT = 1 << 20;
/** Bytes of text all the cells of a workbook may hold together (a shared string counts at every cell that uses it). */
export const MAX_WORKBOOK_TEXT = 32 << 20;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

export interface Element {
  /** Where the element's start tag begins and its content begins. */
  start: number;
  content: number;
  /** Where its content ends (its end tag, or where the content stops when the end tag is missing) and where it ends. */
  contentEnd: number;
  end: number;
  /** Bytes of its content outside tags. */
  text: number;
}

/**
 * A scanner of `<name…>` elements: given where a start tag begins (not self-closing), the element is scanned once,
 * its text counted, and it ends at `</name>` or, when that is missing, at the next `stops` tag (a sibling or a
 * parent closing), so that a damaged part is still scanned in linear time. Undefined for a self-closing tag.
 */
export function elementScanner(name: string, stops: string[]): (xml: Buffer, start: number) => Element | undefined {
  const close = Buffer.from(`/${name}>`, 'latin1');
  const stopTags = stops.map((s) => Buffer.from(s, 'latin1'));
  return (xml, start) => {
    const tagEnd = xml.indexOf(GT, start);
    if (tagEnd < 0 || xml[tagEnd - 1] === SLASH) return undefined;
    const content = tagEnd + 1;
    let text = 0;
    for (let at = content; ; ) {
      const lt = xml.indexOf(LT, at);
      if (lt < 0) return { start, content, contentEnd: xml.length, end: xml.length, text: text + xml.length - at };
      text += lt - at;
      if (startsWith(xml, lt + 1, close)) return { start, content, contentEnd: lt, end: lt + 1 + close.length, text };
      if (stopTags.some((s) => startsWith(xml, lt, s))) return { start, content, contentEnd: lt, end: lt, text };
      const gt = xml.indexOf(GT, lt);
      if (gt < 0) return { start, content, contentEnd: xml.length, end: xml.length, text };
      at = gt + 1;
    }
  };
}

function startsWith(xml: Buffer, at: number, needle: Buffer): boolean {
  if (at + needle.length > xml.length) return false;
  for (let i = 0; i < needle.length; i++) if (xml[at + i] !== needle[i]) return false;
  return true;
}

/**
 * The first `max` bytes of the text an element's content shows (its `<t>` and `<v>` values, without formulas or
 * phonetic runs), still XML-escaped, cut at a whole character and never inside an entity.
 */
export function leadingText(xml: Buffer, element: Element, max: number): Buffer {
  // Markup is short next to the text of a cell this long: twice the limit of XML holds the limit of text.
  const window = xml.toString('latin1', element.content, Math.min(element.contentEnd, element.content + 2 * max + 4096));
  const shown = window
    .replace(/<(?:\w+:)?(rPh|f)\b[^>]*>[\s\S]*?(?:<\/(?:\w+:)?\1>|$)/g, '')
    .replace(/<[^>]*>?/g, '')
    .slice(0, max)
    .replace(/&[^;]{0,10}$/, '');
  return wholeCharacters(Buffer.from(shown, 'latin1'));
}

/** `bytes` without a UTF-8 sequence cut at its end. */
function wholeCharacters(bytes: Buffer): Buffer {
  let lead = bytes.length - 1;
  while (lead >= 0 && lead > bytes.length - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes;
  const b = bytes[lead]!;
  const width = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return lead + width > bytes.length ? bytes.subarray(0, lead) : bytes;
}

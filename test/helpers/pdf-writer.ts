/**
 * A tiny PDF writer for fixtures: text placed at positions in a Type0 font with Identity-H encoding, whose CIDs are the
 * Unicode code points and whose ToUnicode CMap maps them back. No font program is embedded (no CJK font exists where the
 * tests run, and text extraction needs only ToUnicode), so the PDF reads right and renders as boxes. Optional ruling
 * lines, image-only pages (a scan), several pages, and a page tree that lies about its size for the limit tests.
 */

export interface PdfText {
  /** Left edge of the text, in points from the page's left edge. */
  x: number;
  /** Baseline, in points from the page's bottom edge. */
  y: number;
  text: string;
  /** Font size in points (default 10). */
  size?: number;
}

export interface PdfLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPageSpec {
  texts?: PdfText[];
  lines?: PdfLine[];
  /** Draw a grey image over the page (a scanned page has only this). */
  image?: boolean;
  /**
   * Shown turned a quarter clockwise (/Rotate 90), as landscape pages often are: positions are given as the page is
   * shown (wide), and the content is drawn turned in the portrait page.
   */
  rotate?: 90;
}

export interface PdfOptions {
  /** Page size in points (default A4 portrait). */
  width?: number;
  height?: number;
  /** Write a trailer /Encrypt dictionary (standard handler, a password the reader does not have). */
  encrypted?: boolean;
  /** The page count the page tree claims (a hostile file lies: more pages than it has). */
  claimedPages?: number;
  /** Page-tree entries that point at an object the file does not have (a damaged file). */
  missingPages?: number;
}

/** Advance widths in thousandths of the font size: CJK glyphs are square, ASCII half as wide. */
export function glyphWidth(ch: string): number {
  return ch.codePointAt(0)! < 0x2e80 ? 500 : 1000;
}

/** Width of a text in points at a font size. */
export function textWidth(text: string, size = 10): number {
  let w = 0;
  for (const ch of text) w += glyphWidth(ch);
  return (w * size) / 1000;
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** The Identity-H bytes of a text (one 2-byte code per character; characters beyond the BMP are not supported). */
function showHex(text: string): string {
  let out = '';
  for (const ch of text) out += hex4(ch.codePointAt(0)! & 0xffff);
  return out;
}

function toUnicodeCMap(codes: number[]): string {
  const chunks: string[] = [];
  for (let i = 0; i < codes.length; i += 100) {
    const part = codes.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.map((c) => `<${hex4(c)}> <${hex4(c)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange',
    ...chunks,
    'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');
}

function pageContent(page: PdfPageSpec, width: number, height: number): string {
  const ops: string[] = [];
  // A point as shown → the portrait page's space: shown x runs up the page, shown y from its right edge leftwards.
  const at = (x: number, y: number): [number, number] => (page.rotate ? [width - y, x] : [x, y]);
  const axes = page.rotate ? '0 1 -1 0' : '1 0 0 1';
  if (page.image) ops.push(`q ${width} 0 0 ${height} 0 0 cm /Im1 Do Q`);
  if (page.lines?.length) {
    ops.push('0.5 w');
    for (const l of page.lines) ops.push(`${at(l.x1, l.y1).join(' ')} m ${at(l.x2, l.y2).join(' ')} l S`);
  }
  for (const t of page.texts ?? []) ops.push(`BT /F1 ${t.size ?? 10} Tf ${axes} ${at(t.x, t.y).join(' ')} Tm <${showHex(t.text)}> Tj ET`);
  return ops.join('\n');
}

/** A PDF of the pages, as bytes. */
export function writePdf(pages: PdfPageSpec[], options: PdfOptions = {}): Uint8Array {
  const width = options.width ?? 595;
  const height = options.height ?? 842;
  const codes = [...new Set(pages.flatMap((p) => (p.texts ?? []).flatMap((t) => [...t.text].map((ch) => ch.codePointAt(0)! & 0xffff))))].sort((a, b) => a - b);
  const widths = codes.map((c) => `${c} [${glyphWidth(String.fromCodePoint(c))}]`).join(' ');

  // Objects 1–7 are fixed; each page adds its page object and its content stream.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 8 + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  const missing = Array.from({ length: options.missingPages ?? 0 }, (_, k) => `${8 + 2 * pages.length + 10 + k} 0 R`);
  const kids = [...pageIds.map((id) => `${id} 0 R`), ...missing];
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${options.claimedPages ?? kids.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type0 /BaseFont /FixtureSong /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>';
  objects[4] = `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FixtureSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /W [${widths}] /CIDToGIDMap /Identity >>`;
  objects[5] = stream(toUnicodeCMap(codes));
  objects[6] = '<< /Type /FontDescriptor /FontName /FixtureSong /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>';
  // A 2×2 grey image: what a scanner leaves on a page.
  objects[7] = `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x90\xa0\xb0\nendstream`;
  pages.forEach((page, i) => {
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}]${page.rotate ? ' /Rotate 90' : ''} /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 7 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = stream(pageContent(page, width, height));
  });
  if (options.encrypted) {
    const pad = 'A'.repeat(32);
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O (${pad}) /U (${pad}) /P -4 >>`);
  }
  return assemble(objects, options.encrypted ? objects.length - 1 : undefined);
}

function stream(body: string): string {
  return `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`;
}

/** Header, numbered objects, cross-reference table and trailer, with the byte offsets the reader looks up. */
function assemble(objects: string[], encryptId?: number): Uint8Array {
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const encrypt = encryptId === undefined ? '' : ` /Encrypt ${encryptId} 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

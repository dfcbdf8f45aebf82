/**
 * The charset a page declares: `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
 * Only the first 4 KB are scanned, read as latin1, so the scan works before the encoding is known (as browsers do).
 */
const SCAN_BYTES = 4096;
const META = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1Head(bytes, SCAN_BYTES);
  return META.exec(head)?.[1]?.toLowerCase();
}

/** The first `n` bytes as latin1 text, read in place (no copy of the bytes). */
export function latin1Head(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString('latin1');
}

/** GB2312 and GBK are subsets of GB18030: a page that declares either is decoded as GB18030. */
const FAMILY: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
};

/** The decoder a declared charset asks for, or undefined for labels this tool does not decode. */
export function charsetFamily(label: string): string | undefined {
  return FAMILY[label];
}

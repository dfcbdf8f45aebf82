/** Encoding decisions: BOM, declared charset, UTF-8 validity, GB18030; invalid bytes counted and located. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/decode.js';

const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4]; // 中文 in GBK/GB18030
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];
const page = (head: string, body: number[]) => Uint8Array.from([...ascii(`<html><head>${head}</head><body>`), ...body, ...ascii('</body></html>')]);
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'html-table', name, 'input.html'));

describe('decodeBytes for HTML', () => {
  it('decodes a page declaring gb2312 as GB18030 and says why', () => {
    const d = decodeBytes(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', GBK_ZHONGWEN), { html: true });
    expect(d.encoding).toBe('gb18030');
    expect(d.decision).toContain('charset=gb2312');
    expect(d.text).toContain('<body>中文</body>');
    expect(d.invalid).toBeUndefined();
  });

  it('trusts valid UTF-8 over a stale gbk declaration (re-saved copies)', () => {
    const d = decodeBytes(page('<meta charset="gbk">', [...Buffer.from('中文')]), { html: true });
    expect(d.encoding).toBe('utf-8');
    expect(d.decision).toMatch(/charset=gbk.*valid UTF-8/);
  });

  it('falls back to GB18030 when nothing is declared and the bytes are not UTF-8', () => {
    const d = decodeBytes(page('', GBK_ZHONGWEN), { html: true });
    expect(d.encoding).toBe('gb18030');
    expect(d.decision).toBe('no declared charset; not valid UTF-8; decoded as GB18030');
  });

  it('reads a UTF-8 byte-order mark first', () => {
    const d = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...page('<meta charset="gbk">', [...Buffer.from('中文')])]), { html: true });
    expect(d.encoding).toBe('utf-8-bom');
  });

  it('counts invalid bytes and gives the byte offset of the first', () => {
    const body = [...GBK_ZHONGWEN, 0x81, 0x20, ...GBK_ZHONGWEN, 0xff];
    const bytes = page('<meta charset="gbk">', body);
    const d = decodeBytes(bytes, { html: true });
    expect(d.encoding).toBe('gb18030');
    expect(d.invalid).toEqual({ count: 2, firstOffset: bytes.indexOf(0x81) });
    expect(d.text).toContain('中文\uFFFD 中文\uFFFD');
  });

  it('decodes U+FFFD written as GB18030 bytes without counting it as invalid', () => {
    const d = decodeBytes(page('<meta charset="gbk">', [...GBK_ZHONGWEN, 0x84, 0x31, 0xa4, 0x37]), { html: true });
    expect(d.text).toContain('中文\uFFFD');
    expect(d.invalid).toBeUndefined();
  });

  it('counts invalid GB18030 bytes on an undeclared page and weighs them against invalid UTF-8', () => {
    const gb = page('', [...GBK_ZHONGWEN, 0xff, ...GBK_ZHONGWEN]);
    expect(decodeBytes(gb, { html: true })).toMatchObject({ encoding: 'gb18030', invalid: { count: 1, firstOffset: gb.indexOf(0xff) } });
    const utf8 = page('', [...Buffer.from('中文'), 0xff, 0xff, ...Buffer.from('中文')]);
    expect(decodeBytes(utf8, { html: true })).toMatchObject({ encoding: 'utf-8', invalid: { count: 2, firstOffset: utf8.indexOf(0xff) } });
  });

  it('ignores <meta> in text files (only HTML declares a charset)', () => {
    const d = decodeBytes(Uint8Array.from(ascii('<meta charset="gbk"> plain text')));
    expect(d).toEqual({ text: '<meta charset="gbk"> plain text', encoding: 'utf-8', decision: 'valid UTF-8' });
  });

  it.each([
    ['gov-000-utf8', 'utf-8', 0],
    ['gov-001-gb18030', 'gb18030', 0],
    ['broken-gbk', 'gb18030', 1],
  ])('fixture %s decodes as %s with %i invalid byte(s)', (name, encoding, invalid) => {
    const d = decodeBytes(fixture(name), { html: true });
    expect(d.encoding).toBe(encoding);
    expect(d.invalid?.count ?? 0).toBe(invalid);
  });
});

/** The matching rule of a notice's 附件 entries to input files, one case per clause of the rule (src/link/match-attachments.ts). */
import { describe, expect, it } from 'vitest';
import { linkAttachments, nameKey, stemKey } from '../../src/link/match-attachments.js';
import type { NoticeRef } from '../../src/link/notice-ref.js';
import type { Attachment } from '../../schemas/catalog-item.js';

const notice = (file: string, attachments: Attachment[], extra: Partial<NoticeRef> = {}): NoticeRef => ({
  id: `id-${file}`,
  file,
  place: 'L1-L9',
  title: '关于印发某某目录的通知',
  attachments,
  ...extra,
});

/** Input path → the notice file and the entry that claimed it. */
function linked(notices: NoticeRef[], paths: string[]): Record<string, string> {
  const { contexts } = linkAttachments(notices, paths);
  return Object.fromEntries([...contexts].map(([path, c]) => [path, `${c.file} ${c.attachment}`]));
}

describe('names as compared', () => {
  it('are URL-decoded, half-width, Simplified, without spaces, lower case', () => {
    expect(nameKey('%E7%9B%AE%E5%BD%95.XLSX')).toBe('目录.xlsx');
    expect(nameKey('就业目录．ｘｌｓｘ')).toBe('就业目录.xlsx');
    expect(nameKey('（１）就業 目錄.xls')).toBe('(1)就业目录.xls');
    // A stray % is part of the name.
    expect(nameKey('完成率100%.pdf')).toBe('完成率100%.pdf');
  });

  it('lose an extension only when it starts with a letter', () => {
    expect(stemKey('目录.xlsx')).toBe('目录');
    expect(stemKey('目录v1.2')).toBe('目录v1.2');
  });
});

describe('linkAttachments', () => {
  it('matches the listed name, with the notice as context', () => {
    const n = notice('a/通知.html', [{ name: '就业目录.xlsx' }], { docNumber: '县人社发〔2024〕12号', publishedAt: '2024-03-05' });
    const { contexts, diagnostics } = linkAttachments([n], ['a/通知.html', 'a/就业目录.xlsx', 'a/其他.xlsx']);
    expect([...contexts]).toEqual([
      ['a/就业目录.xlsx', { id: 'id-a/通知.html', title: '关于印发某某目录的通知', docNumber: '县人社发〔2024〕12号', publishedAt: '2024-03-05', file: 'a/通知.html', attachment: '就业目录.xlsx' }],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it("matches a link's file name before the listed name", () => {
    const n = notice('a/n.html', [{ name: '就业目录.xlsx', href: 'http://x.gov.cn/up/P0201.xlsx?v=2' }]);
    expect(linked([n], ['a/n.html', 'a/P0201.xlsx', 'b/就业目录.xlsx'])).toEqual({ 'a/P0201.xlsx': 'a/n.html 就业目录.xlsx' });
  });

  it('matches URL-encoded links, full-width and Traditional names, and a leading 附件/number', () => {
    const n = notice('a/n.txt', [
      { name: '社保目录.csv', href: `/up/${encodeURIComponent('社保目录.csv')}` },
      { name: '附件2：就业目录．ＸＬＳＸ' },
      { name: '3.醫療目錄.xls' },
    ]);
    expect(linked([n], ['a/n.txt', 'a/社保目录.csv', 'a/就业目录.xlsx', 'a/医疗目录.xls'])).toEqual({
      'a/社保目录.csv': 'a/n.txt 社保目录.csv',
      'a/就业目录.xlsx': 'a/n.txt 附件2：就业目录．ＸＬＳＸ',
      'a/医疗目录.xls': 'a/n.txt 3.醫療目錄.xls',
    });
  });

  it('matches with or without extension, the full name first', () => {
    const listedBare = notice('a/n.txt', [{ name: '就业目录' }]);
    expect(linked([listedBare], ['a/n.txt', 'a/就业目录.xlsx'])).toEqual({ 'a/就业目录.xlsx': 'a/n.txt 就业目录' });
    const savedAsPdf = notice('a/n.txt', [{ name: '就业目录.doc' }]);
    expect(linked([savedAsPdf], ['a/n.txt', 'a/就业目录.pdf'])).toEqual({ 'a/就业目录.pdf': 'a/n.txt 就业目录.doc' });
    // The exact name wins over a file of the same stem, even one nearer to the notice.
    const exact = notice('a/n.txt', [{ name: '就业目录.xlsx' }]);
    expect(linked([exact], ['a/n.txt', 'a/就业目录.pdf', 'b/就业目录.xlsx'])).toEqual({ 'b/就业目录.xlsx': 'a/n.txt 就业目录.xlsx' });
  });

  it("prefers the notice's folder, then the nearest folder, over other files of the same name", () => {
    const n = notice('site/a/n.html', [{ name: '目录.xlsx' }]);
    expect(linked([n], ['site/a/n.html', 'site/b/目录.xlsx', 'site/a/目录.xlsx'])).toEqual({ 'site/a/目录.xlsx': 'site/a/n.html 目录.xlsx' });
    // A subfolder of the notice's folder (1 step) is nearer than a sibling folder (2 steps).
    expect(linked([n], ['site/a/n.html', 'site/b/目录.xlsx', 'site/a/files/目录.xlsx'])).toEqual({ 'site/a/files/目录.xlsx': 'site/a/n.html 目录.xlsx' });
    // In the whole input set when its folder has none.
    expect(linked([n], ['site/a/n.html', 'elsewhere/deep/目录.xlsx'])).toEqual({ 'elsewhere/deep/目录.xlsx': 'site/a/n.html 目录.xlsx' });
  });

  it('links nothing when files are equally near, and says so on the notice', () => {
    const n = notice('site/a/n.html', [{ name: '目录.xlsx' }]);
    const { contexts, diagnostics } = linkAttachments([n], ['site/a/n.html', 'site/b/目录.xlsx', 'site/c/目录.xlsx']);
    expect(contexts.size).toBe(0);
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.severity, d.place, d.actual])).toEqual([
      ['site/a/n.html', 'link/attachment-ambiguous', 'info', 'L1-L9', '目录.xlsx'],
    ]);
    expect(diagnostics[0]!.message).toContain('site/b/目录.xlsx, site/c/目录.xlsx');
  });

  it('gives an info on the notice naming an attachment that no file matches', () => {
    const n = notice('a/n.txt', [{ name: '就业目录.xlsx' }, { name: '缺失的附件.pdf', href: '/up/P9.pdf' }]);
    const { contexts, diagnostics } = linkAttachments([n], ['a/n.txt', 'a/就业目录.xlsx']);
    expect([...contexts.keys()]).toEqual(['a/就业目录.xlsx']);
    expect(diagnostics.map((d) => [d.file, d.ruleId, d.severity, d.actual])).toEqual([['a/n.txt', 'link/attachment-unmatched', 'info', '缺失的附件.pdf']]);
    expect(diagnostics[0]!.message).toContain('缺失的附件.pdf');
  });

  it('never links a notice to itself', () => {
    const n = notice('a/目录.html', [{ name: '目录' }]);
    expect(linkAttachments([n], ['a/目录.html']).diagnostics.map((d) => d.ruleId)).toEqual(['link/attachment-unmatched']);
  });

  it('gives a file attached by two notices to the nearest, then to the first in path order, whatever order they come in', () => {
    const far = notice('x/n.txt', [{ name: '目录.xlsx' }]);
    const near = notice('y/n.txt', [{ name: '目录.xlsx' }]);
    const paths = ['x/n.txt', 'y/n.txt', 'y/目录.xlsx'];
    expect(linked([far, near], paths)).toEqual({ 'y/目录.xlsx': 'y/n.txt 目录.xlsx' });
    expect(linked([near, far], paths)).toEqual({ 'y/目录.xlsx': 'y/n.txt 目录.xlsx' });
    const first = notice('z/a.txt', [{ name: '目录.xlsx' }]);
    const second = notice('z/b.txt', [{ name: '目录.xlsx' }]);
    expect(linked([second, first], ['z/a.txt', 'z/b.txt', 'z/目录.xlsx'])).toEqual({ 'z/目录.xlsx': 'z/a.txt 目录.xlsx' });
  });
});

/** A notice printed as a PDF reads as the same document its text would: title, paragraphs, 附件, signature. */
import { expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.js';
import { ATTACHMENTS, NOTICE_TITLE, PARAGRAPHS, noticePdf } from './make-notice.js';

it('reads a notice: the title wrapped over two lines, paragraphs joined across their lines, 附件 lines, signature', async () => {
  const result = await ingestFile('notice.pdf', noticePdf());
  expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  expect(result.record.pageKind?.kind).toBe('notice');
  expect(result.record.format).toBe('pdf');
  const [doc, ...more] = result.items;
  expect(more).toEqual([]);
  expect(doc).toMatchObject({
    kind: 'document', name: NOTICE_TITLE, publisher: 'XX县人民政府办公室', publishedAt: '2024-03-05',
    attachments: ATTACHMENTS.map((name) => ({ name })),
  });
  // Each paragraph is one line of the text, however many lines it was printed on.
  const lines = result.record.cleanedText.split('\n');
  for (const p of PARAGRAPHS) expect(lines).toContain(p);
  expect(lines[0]).toBe(NOTICE_TITLE);
});

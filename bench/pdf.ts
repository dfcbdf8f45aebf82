/**
 * PDF throughput: a generated corpus of a few hundred pages (the reference 标准目录 as a two-page ruled and unruled
 * table, and one-page notices), each file run through ingestFile in this process after one warm-up file (the PDF
 * library's load is start-up, not throughput).
 */
import { ingestFile } from '../src/index.js';
import { referencePdf } from '../test/formats/make-pdf.js';
import { noticePdf } from '../test/pdf/make-notice.js';

export interface PdfRun {
  files: number;
  pages: number;
  items: number;
  ms: number;
  cpuMs: number;
}

/** `pages` pages or a few more: catalogues (two pages each) and notices (one page) in turn. */
export function pdfCorpus(pages: number): { bytes: Uint8Array; pages: number }[] {
  const files: { bytes: Uint8Array; pages: number }[] = [];
  const made = { ruled: referencePdf(true), unruled: referencePdf(false), notice: noticePdf() };
  for (let n = 0, i = 0; n < pages; i++) {
    const file = i % 3 === 2 ? { bytes: made.notice, pages: 1 } : { bytes: i % 3 === 0 ? made.ruled : made.unruled, pages: 2 };
    files.push(file);
    n += file.pages;
  }
  return files;
}

export async function pdfThroughput(pages: number): Promise<PdfRun> {
  const corpus = pdfCorpus(pages);
  await ingestFile('warm-up.pdf', corpus[0]!.bytes);
  const cpu = process.cpuUsage();
  const start = performance.now();
  let items = 0;
  for (const [i, file] of corpus.entries()) items += (await ingestFile(`file-${i}.pdf`, file.bytes)).items.length;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { files: corpus.length, pages: corpus.reduce((n, f) => n + f.pages, 0), items, ms, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * pdf.js (Mozilla's PDF reader, legacy build for Node) loaded once per thread, with its parsing worker run in the same
 * thread: ingest already runs files on worker threads, and pdf.js's own worker would be a thread per file. CMaps and
 * standard-font data come from the package folder, so a PDF whose fonts name a predefined CMap (UniGB-UCS2-H, the usual
 * one of Chinese PDFs without embedded fonts) is read without network access.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfDocument = PdfJs.PDFDocumentProxy;
export type PdfPage = PdfJs.PDFPageProxy;

/** The version read from the package, for files.jsonl's decision. */
export const PDFJS_PACKAGE = 'pdfjs-dist';

const packageDir = dirname(createRequire(import.meta.url).resolve(`${PDFJS_PACKAGE}/package.json`));
// A specifier in a variable: the worker module has no type declarations, and only its exports object is handed on.
const workerModule = `${PDFJS_PACKAGE}/legacy/build/pdf.worker.mjs`;

let library: Promise<typeof PdfJs> | undefined;

/** The library, with its worker code registered as in-thread (pdf.js looks for `globalThis.pdfjsWorker`). */
export function loadPdfJs(): Promise<typeof PdfJs> {
  library ??= (async () => {
    const worker: unknown = await import(workerModule);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return library;
}

export type OpenResult = { doc: PdfDocument } | { problem: 'encrypted' | 'unreadable'; detail: string };

/** Opens a PDF from bytes (copied: pdf.js takes ownership of the buffer it is given). Never throws. */
export async function openPdf(bytes: Uint8Array): Promise<OpenResult> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${join(packageDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(packageDir, 'standard_fonts')}/`,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    return { doc: await task.promise };
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = (error as Error).name;
    const detail = (error as Error).message;
    return { problem: name === 'PasswordException' ? 'encrypted' : 'unreadable', detail };
  }
}

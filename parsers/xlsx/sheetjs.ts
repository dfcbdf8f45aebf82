/**
 * SheetJS, imported on the first workbook rather than at start-up: it is about 11 MB in every thread, and a run over
 * HTML and text pages never needs it.
 *
 * Its codepage tables (a few hundred ms to load) come with the binary formats only: a BIFF workbook keeps its 8-bit
 * text in the codepage it names (936 for Simplified Chinese), which SheetJS decodes only with the tables loaded. They
 * are loaded for every compound-file workbook, so a thread reads each of those the same way whatever it read before;
 * the XML and BIFF12 formats hold Unicode text and never consult them.
 */
import type * as SheetJS from 'xlsx';

export type { SheetJS };

let loading: Promise<typeof SheetJS> | undefined;
let withCodepages: Promise<typeof SheetJS> | undefined;

/** `codepages`: also load the codepage tables (for BIFF workbooks, .xls and .et). */
export function loadSheetjs(codepages = false): Promise<typeof SheetJS> {
  loading ??= import('xlsx');
  if (!codepages) return loading;
  return (withCodepages ??= Promise.all([loading, import('xlsx/dist/cpexcel')]).then(([sheetjs, cptable]) => {
    sheetjs.set_cptable(cptable);
    return sheetjs;
  }));
}

/**
 * SheetJS, imported on the first workbook rather than at start-up: it is about 11 MB in every thread, and a run over
 * HTML and text pages never needs it.
 *
 * Its codepage tables come with it: a BIFF5 workbook keeps its text in the codepage it names (936 for Simplified
 * Chinese), which SheetJS decodes only with the tables loaded. They are loaded for every workbook, not only for the
 * files that need them, so that a thread reads each file the same way whatever it read before.
 */
import type * as SheetJS from 'xlsx';

export type { SheetJS };

let loading: Promise<typeof SheetJS> | undefined;

export function loadSheetjs(): Promise<typeof SheetJS> {
  return (loading ??= Promise.all([import('xlsx'), import('xlsx/dist/cpexcel')]).then(([sheetjs, cptable]) => {
    sheetjs.set_cptable(cptable);
    return sheetjs;
  }));
}

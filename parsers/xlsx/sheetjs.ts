/**
 * SheetJS, imported on the first workbook rather than at start-up: it is about 11 MB in every thread, and a run over
 * HTML and text pages never needs it.
 */
import type * as SheetJS from 'xlsx';

export type { SheetJS };

let loading: Promise<typeof SheetJS> | undefined;

export function loadSheetjs(): Promise<typeof SheetJS> {
  return (loading ??= import('xlsx'));
}

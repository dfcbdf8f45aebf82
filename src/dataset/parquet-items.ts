/**
 * Reads items.parquet back as items, one row group at a time (hyparquet reads only the byte ranges it needs), so a
 * dataset written with `--format parquet` alone can be checked, diffed, reported and covered like one with items.jsonl.
 */
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { parquetRowToItem } from '../emit/parquet-rows.js';
import { PARQUET_FILE } from '../emit/parquet-writer.js';

export { PARQUET_FILE };

/** One row, 1-based, and the item value it holds (not yet validated). */
export interface ParquetRecord {
  row: number;
  value: unknown;
}

/** A file that is not Parquet (or is cut short) is reported as `dataset/unreadable-parquet`; reading stops there. */
export async function* iterateParquetItems(path: string, report: (d: Diagnostic) => void): AsyncGenerator<ParquetRecord> {
  let row = 0;
  try {
    const file = await asyncBufferFromFile(path);
    const metadata = await parquetMetadataAsync(file);
    for (const group of metadata.row_groups) {
      const rowEnd = row + Number(group.num_rows);
      const rows = await parquetReadObjects({ file, metadata, rowStart: row, rowEnd });
      for (const value of rows) yield { row: ++row, value: parquetRowToItem(value) };
      row = rowEnd;
    }
  } catch (error) {
    report({
      file: PARQUET_FILE,
      source: 'dataset',
      ruleId: 'dataset/unreadable-parquet',
      severity: 'error',
      message: `Cannot read ${PARQUET_FILE} after row ${row} (${(error as Error).message}); re-run \`catalog ingest\` or \`catalog export --format parquet\`.`,
      place: `row ${row + 1}`,
    });
  }
}

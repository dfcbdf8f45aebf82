/**
 * items.parquet, written row group by row group: items are gathered until a group is full (ROW_GROUP_ROWS items or
 * ROW_GROUP_JSON_LENGTH characters of item JSON, whichever comes first), then that group is encoded (Snappy) and its bytes go to
 * the output stream before the next item is taken. Memory holds one row group, never the dataset. Group boundaries
 * depend only on the items, and the file carries no time or host, so equal items give equal bytes.
 *
 * The encoder is hyparquet-writer's ParquetWriter (its lower-level API: one `write` per row group, `finish` for the
 * footer), with an output that hands each encoded group to an async stream instead of keeping the file in a buffer.
 */
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { itemToParquetRow } from './parquet-rows.js';
import { ITEM_PARQUET_FIELDS, parquetSchema } from './parquet-schema.js';

export const PARQUET_FILE = 'items.parquet';

/**
 * Small enough that a group of long documents stays a few tens of MB in memory, large enough for good compression
 * and for engines to skip whole groups by their statistics.
 */
export const ROW_GROUP_ROWS = 5_000;
export const ROW_GROUP_JSON_LENGTH = 8 * 1024 * 1024;

const CREATED_BY = 'catalog (hyparquet-writer)';

/** Where the encoded bytes go, in order (an atomic file stream). */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
}

export interface ParquetItemsWriter {
  /** `jsonLength`: the length of the item's JSON text when the caller has it (it sizes row groups); computed otherwise. */
  add(item: CatalogItem, jsonLength?: number): Promise<void>;
  /** Writes the last group and the footer. */
  finish(): Promise<void>;
}

/** ByteWriter whose flush (called by ParquetWriter after each row group) sends the bytes on and starts over. */
class StreamingOutput extends ByteWriter {
  constructor(private readonly sink: ByteSink) {
    super(1024 * 1024);
  }
  flush(): Promise<void> {
    // Copied: the buffer is reused for the next group while the stream may still hold this chunk.
    const chunk = this.getBytes().slice();
    this.index = 0;
    return this.sink.write(chunk);
  }
  override finish(): Promise<void> {
    return this.flush();
  }
}

export function openParquetItemsWriter(sink: ByteSink): ParquetItemsWriter {
  const writer = new ParquetWriter({
    writer: new StreamingOutput(sink),
    schema: parquetSchema(ITEM_PARQUET_FIELDS),
    codec: 'SNAPPY',
    createdBy: CREATED_BY,
  });
  let rows: Array<Record<string, unknown>> = [];
  let length = 0;
  const writeGroup = async () => {
    if (rows.length === 0) return;
    const group = rows;
    rows = [];
    length = 0;
    const columnData = ITEM_PARQUET_FIELDS.map(({ name }) => ({ name, data: group.map((row) => row[name]) }));
    await writer.write({ columnData, rowGroupSize: group.length });
  };
  return {
    add: async (item, jsonLength) => {
      rows.push(itemToParquetRow(item));
      length += jsonLength ?? JSON.stringify(item).length;
      if (rows.length >= ROW_GROUP_ROWS || length >= ROW_GROUP_JSON_LENGTH) await writeGroup();
    },
    finish: async () => {
      await writeGroup();
      await writer.finish();
    },
  };
}

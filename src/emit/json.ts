/** Items as JSON Lines and as one JSON array, streamed and written atomically. */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import { writeStreamAtomic } from './atomic-write.js';

export async function writeItemsJsonl(path: string, items: AsyncIterable<CatalogItem>): Promise<void> {
  await writeStreamAtomic(path, async (write) => {
    for await (const item of items) await write(`${JSON.stringify(item)}\n`);
  });
}

/** A JSON array with one item per line: valid JSON that still diffs line by line. */
export async function writeItemsJson(path: string, items: AsyncIterable<CatalogItem>): Promise<void> {
  await writeStreamAtomic(path, async (write) => {
    let first = true;
    for await (const item of items) {
      await write(`${first ? '[\n' : ',\n'}${JSON.stringify(item)}`);
      first = false;
    }
    await write(first ? '[]\n' : '\n]\n');
  });
}

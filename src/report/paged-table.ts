/**
 * A table that the page script renders one page at a time. Repeated strings (file paths, publishers, rule ids) are
 * stored once and referenced by index, which keeps a 100k-row table to a few MB of JSON.
 */
export interface PagedTableData {
  columns: string[];
  /** interned[i]: column i holds indexes into `strings`. */
  interned: boolean[];
  strings: string[];
  rows: (string | number)[][];
}

/** Long cells are cut in the embedded data; the dataset keeps the full text. */
const MAX_CELL = 240;

export class PagedTableBuilder {
  private readonly data: PagedTableData;
  private readonly index = new Map<string, number>();

  constructor(columns: { label: string; interned?: boolean }[]) {
    this.data = { columns: columns.map((c) => c.label), interned: columns.map((c) => c.interned ?? false), strings: [], rows: [] };
  }

  add(cells: (string | number | undefined)[]): void {
    this.data.rows.push(
      cells.map((cell, i) => {
        const value = typeof cell === 'number' ? cell : cut(cell ?? '');
        return this.data.interned[i] ? this.intern(String(value)) : value;
      }),
    );
  }

  build(): PagedTableData {
    return this.data;
  }

  private intern(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.data.strings.length;
      this.data.strings.push(value);
      this.index.set(value, id);
    }
    return id;
  }
}

function cut(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}

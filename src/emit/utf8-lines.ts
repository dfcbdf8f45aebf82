/**
 * Lines encoded to UTF-8 as they are made, into chunks of at most about CHUNK bytes, each in a buffer of its own (a
 * worker transfers them instead of copying). A file's output is never held as strings: a 125,000-row table's
 * items.jsonl lines and items.csv rows were 270 MB of strings beside their 160 MB of UTF-8 and the items themselves.
 *
 * Lines are written first into a scratch buffer at their worst-case size (3 UTF-8 bytes per UTF-16 unit) and copied
 * out at their exact size when the scratch is full or the output done: a copy costs less than measuring each line's
 * UTF-8 length. A chunk ends only between lines, so no line is cut across two chunks.
 */
const CHUNK = 1024 * 1024;

/** Scratch buffers not in use (one per output being written at once), kept for the next file. */
const spare: Buffer[] = [];

export class Utf8Lines {
  private readonly chunks: Uint8Array[] = [];
  private scratch: Buffer | undefined;
  private at = 0;
  private size = 0;

  /** `end`: written after every line (`\n`, `\r\n`); ASCII. */
  constructor(private readonly end: string) {}

  /** Bytes written so far. */
  get bytes(): number {
    return this.size + this.at;
  }

  add(line: string): void {
    const worst = (line.length + this.end.length) * 3;
    if (worst > CHUNK) {
      // A line larger than a chunk (a page's whole text in one document item) gets a chunk of its own, measured.
      this.seal();
      const own = Buffer.allocUnsafeSlow(Buffer.byteLength(line) + this.end.length);
      const n = own.write(line);
      own.write(this.end, n, 'latin1');
      this.push(new Uint8Array(own.buffer, own.byteOffset, own.length));
      return;
    }
    if (this.scratch === undefined) this.scratch = spare.pop() ?? Buffer.allocUnsafeSlow(CHUNK);
    else if (this.at + worst > CHUNK) this.seal();
    this.at += this.scratch!.write(line, this.at);
    this.at += this.scratch!.write(this.end, this.at, 'latin1');
  }

  /** The chunks, in order; the writer is empty afterwards (its scratch goes back for the next output). */
  finish(): Uint8Array[] {
    this.seal();
    if (this.scratch) spare.push(this.scratch);
    this.scratch = undefined;
    const chunks = this.chunks.splice(0);
    this.size = 0;
    return chunks;
  }

  /** Copies the scratch's lines out at their exact size. */
  private seal(): void {
    if (!this.scratch || this.at === 0) return;
    this.push(new Uint8Array(this.scratch.subarray(0, this.at)));
    this.at = 0;
  }

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
  }
}

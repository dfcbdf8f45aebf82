/**
 * Inflating one large XML part (a workbook's sheet or shared strings, a Word document's parts) without holding what
 * the reader would throw away. A part that inflates to hundreds of megabytes (one cell of 220 MB of text, thirteen
 * million tiny cells) used to be held whole, twice over while the inflater joined its output, before the sheet checks
 * cut it down to the cell and text limits. Here the part is inflated a kilobyte of input at a time and its XML is
 * scanned as it arrives:
 *
 * - a run of text longer than `keepRun` keeps its first `keepRun` bytes (the sheet checks then see a cell over the
 *   cell-text limit and cut it to its first bytes, as they would have); the bytes dropped are recorded, so that
 *   diagnostics still give the full size;
 * - a sheet part stops being inflated once the cells it holds pass the workbook's cell limit or their text passes the
 *   workbook's text limit. The sheet checks count every cell at least as much as this scan does (a shared string's
 *   text is counted there, not here), so they always cut at or before the place where inflating stopped, and what is
 *   read is the same as from the whole part. The rest of such a part is never inflated, so it costs nothing and is
 *   not counted against the unzipped limit;
 * - a tag longer than MAX_TAG is not what an office program writes (its longest tags are a few hundred bytes; a
 *   200 MB attribute in a 0.9 MB workbook took 840 MiB to read): the part stops before it, and the sheet checks read
 *   the rows before it as those of a sheet cut short (a Word part is read up to it).
 *
 * Small parts never come here: Node's inflater is faster and they cost nothing to hold.
 */
import { Inflate } from 'fflate';
import type { Squeeze } from './unzip.js';

/** What is kept of one part. */
export interface PartBounds {
  /** Bytes of one text run kept; longer runs are cut (must exceed the cell-text limit). */
  keepRun: number;
  /** For sheets: stop after more cells than this... */
  maxCells?: number;
  /** ...or once the cells' text (each cell counted up to `maxCellText`) passes this. */
  maxText?: number;
  maxCellText?: number;
}

/** Why inflating stopped before the end of the part: its cells passed the limits, or a tag passed MAX_TAG. */
export type Stop = 'limits' | 'overlong-tag';

export type BoundedPart =
  | { data: Buffer; inflated: number; squeezed: Squeeze[]; stopped?: Stop }
  | { overLimit: true }
  | { unreadable: string };

/** Compressed bytes fed to the inflater at a time: at most about a megabyte of output each (deflate's ratio is ~1000:1). */
const SLICE = 1024;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const LOWER_C = 0x63;
const AMP = 0x26;
const SEMI = 0x3b;
/** A tag's first bytes looked at (name and the attributes that matter). */
const TAG_HEAD = 256;
/** Bytes a tag may take (see the header). */
export const MAX_TAG = 64 * 1024;
const SHARED_TYPE = Buffer.from('t="s"', 'latin1');

/** Inflates `raw` (deflate) under `limit` bytes of output, keeping what `bounds` allow; `sizeHint` is the declared size. */
export function inflateBounded(raw: Buffer, limit: number, bounds: PartBounds, sizeHint: number): BoundedPart {
  const scan = new XmlSqueezer(bounds, Math.min(Math.max(sizeHint, 1 << 16), limit, 1 << 28));
  let overLimit = false;
  const inflater = new Inflate((chunk) => {
    if (overLimit || scan.stopped) return;
    scan.inflated += chunk.length;
    if (scan.inflated > limit) overLimit = true;
    else scan.write(chunk);
  });
  try {
    for (let at = 0; at < raw.length && !overLimit && !scan.stopped; at += SLICE) inflater.push(raw.subarray(at, at + SLICE), at + SLICE >= raw.length);
  } catch (error) {
    return { unreadable: `does not inflate (${(error as Error).message})` };
  }
  if (overLimit) return { overLimit: true };
  return { data: scan.output(), inflated: scan.inflated, squeezed: scan.squeezed, ...(scan.stopped && { stopped: scan.stopped }) };
}

/** The scan of inflated XML: keeps tags whole, cuts long text runs, counts cells. State carries across chunks. */
class XmlSqueezer {
  inflated = 0;
  stopped: Stop | undefined;
  readonly squeezed: Squeeze[] = [];
  private buffer: Buffer;
  private length = 0;
  private inTag = false;
  /** The current tag's first bytes (while inside a tag). */
  private tag = Buffer.alloc(TAG_HEAD);
  private tagLength = 0;
  /** Where the current tag starts in the kept data, and its bytes so far. */
  private tagStart = 0;
  private tagBytes = 0;
  /** Length of the current text run, and bytes of it kept. */
  private run = 0;
  private runKept = 0;
  private inCell = false;
  private cellShared = false;
  private cellText = 0;
  private cells = 0;
  private text = 0;

  constructor(private readonly bounds: PartBounds, capacity: number) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  write(chunk: Uint8Array): void {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let at = 0;
    while (at < bytes.length && !this.stopped) {
      if (this.inTag) {
        const gt = bytes.indexOf(GT, at);
        const end = gt < 0 ? bytes.length : gt + 1;
        this.keepTag(bytes, at, end);
        at = end;
        if (gt >= 0) this.endTag();
      } else {
        const lt = bytes.indexOf(LT, at);
        const end = lt < 0 ? bytes.length : lt;
        this.keepText(bytes, at, end);
        at = end;
        if (lt >= 0) this.endRun();
      }
    }
  }

  output(): Buffer {
    // A part that ends inside a text run: what was dropped of it still counts.
    if (this.run > this.runKept) this.squeezed.push({ at: this.length, removed: this.run - this.runKept });
    this.run = this.runKept = 0;
    return this.buffer.subarray(0, this.length);
  }

  private keepTag(bytes: Buffer, from: number, to: number): void {
    this.tagBytes += to - from;
    if (this.tagBytes > MAX_TAG) {
      this.length = this.tagStart;
      this.stopped = 'overlong-tag';
      return;
    }
    const head = Math.min(to - from, TAG_HEAD - this.tagLength);
    if (head > 0) this.tagLength += bytes.copy(this.tag, this.tagLength, from, from + head);
    this.append(bytes, from, to);
  }

  private keepText(bytes: Buffer, from: number, to: number): void {
    const room = this.bounds.keepRun - this.runKept;
    let kept = Math.min(to - from, Math.max(0, room));
    // Never end a cut run inside an entity (`&amp;` cut to `&am`).
    if (kept < to - from) {
      const amp = kept > 0 ? bytes.lastIndexOf(AMP, from + kept - 1) : -1;
      const semi = amp < 0 ? -1 : bytes.indexOf(SEMI, amp);
      if (amp >= from && amp > from + kept - 12 && (semi < 0 || semi >= from + kept)) kept = amp - from;
    }
    this.append(bytes, from, from + kept);
    this.run += to - from;
    this.runKept += kept;
  }

  private endRun(): void {
    if (this.run > this.runKept) this.squeezed.push({ at: this.length, removed: this.run - this.runKept });
    if (this.inCell) this.cellText += this.run;
    this.run = 0;
    this.runKept = 0;
    this.inTag = true;
    this.tagLength = 0;
    this.tagStart = this.length;
    this.tagBytes = 0;
  }

  /** A whole tag has been kept: a cell's start or end changes the counts. */
  private endTag(): void {
    this.inTag = false;
    const tag = this.tag.subarray(0, this.tagLength);
    const closing = tag[1] === SLASH;
    if (!isCellTag(tag, closing ? 2 : 1)) return;
    if (closing) {
      if (!this.inCell) return;
      this.inCell = false;
      this.cells++;
      if (!this.cellShared) this.text += Math.min(this.cellText, this.bounds.maxCellText ?? Infinity);
      if (this.cells > (this.bounds.maxCells ?? Infinity) || this.text > (this.bounds.maxText ?? Infinity)) this.stopped = 'limits';
    } else if (this.buffer[this.length - 2] !== SLASH) {
      this.inCell = true;
      this.cellShared = tag.indexOf(SHARED_TYPE) > 0;
      this.cellText = 0;
    }
  }

  private append(bytes: Buffer, from: number, to: number): void {
    if (to <= from) return;
    if (this.length + to - from > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + to - from));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += bytes.copy(this.buffer, this.length, from, to);
  }
}

/** Whether the tag's name (from `start`, after `<` or `</`) is `c` or `prefix:c`. */
function isCellTag(tag: Buffer, start: number): boolean {
  let end = start;
  while (end < tag.length && tag[end] !== GT && tag[end] !== SLASH && tag[end] !== 0x20 && tag[end] !== 0x09 && tag[end] !== 0x0a && tag[end] !== 0x0d) end++;
  return tag[end - 1] === LOWER_C && (end - 1 === start || tag[end - 2] === COLON);
}

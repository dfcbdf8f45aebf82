/**
 * One file through the whole flow: decode → document passes → detect → parse → merge → normalize → validate.
 * Never throws on bad input: every problem becomes a diagnostic and the file yields what it could.
 */
import { hash } from 'node:crypto';
import { CatalogItem } from '../../schemas/catalog-item.js';
import type { Diagnostic, DiagnosticInput } from '../../schemas/diagnostic.js';
import { DETECT_THRESHOLD, parsers } from '../../parsers/index.js';
import { classifyPage, type PageKindDecision } from '../../parsers/page-kind.js';
import type { ParseLimits, Parser, SourceFile } from '../../parsers/types.js';
import { splitLines } from '../../parsers/shared/lines.js';
import { publisherFromTitle } from '../../parsers/shared/catalogue-title.js';
import { detectOnce } from '../../parsers/shared/detect-once.js';
import { decodeBytes } from '../decode.js';
import { lineOfOffset } from '../invalid-bytes.js';
import { preparePage } from './prepare-page.js';
import { cleanText, type CleanResult } from '../clean/preset.js';
import { withMetaLines } from '../clean/meta-block.js';
import { withoutLoneLabel } from '../clean/lone-label.js';
import { evidenceFromItems, itemHasBrand, itemStrings, repairDraftItem } from '../clean/spam-repair-item.js';
import { mergeDrafts, type MergedDraft, type ParsedBy } from './merge-drafts.js';
import { drain } from './drain.js';
import { toCatalogItem } from './to-catalog-item.js';
import { attachFlags } from './attach-flags.js';

const MAX_CLEANED_TEXT = 1_000_000;

// 2 million cells of sheet XML are about 100 MB inflated: the unzipped cap leaves room for that and stops zip bombs.
export const DEFAULT_LIMITS: ParseLimits = { maxBytes: 200 * 1024 * 1024, maxCells: 2_000_000, maxUnzippedBytes: 256 * 1024 * 1024 };

export interface FileRecord {
  path: string;
  sha256: string;
  bytes: number;
  encoding: string;
  decision: string;
  script: string;
  format: string;
  /** Parsers that ran (score ≥ threshold), in registry order. */
  parsers: string[];
  /** Every parser's detection score, for explaining the choice. */
  detection: Record<string, number>;
  /** What the page is (text inputs), with the score of each kind and, for a page without content, why. */
  pageKind?: PageKindDecision;
  items: number;
  documents: number;
  diagnostics: { error: number; warning: number; info: number };
  /**
   * The decoded text after the document passes, as the parsers saw it (the first MAX_CLEANED_TEXT characters); for a
   * workbook, which has no text, its rows as read, one line a row (`Sheet1!A7 | cell | cell`), after the spam repair.
   */
  cleanedText: string;
  cleanedTextTruncated?: boolean;
}

export interface FileResult {
  record: FileRecord;
  items: CatalogItem[];
  diagnostics: Diagnostic[];
  /** What the document passes learned about the page (script, the breadcrumb trail they removed); not written. */
  facts: CleanResult['facts'];
}

export interface IngestFileOptions {
  limits?: Partial<ParseLimits>;
}

const emptyRecord = (path: string, sha256: string, bytes: number): FileRecord => ({
  path, sha256, bytes, encoding: '', decision: '', script: 'none', format: 'text',
  parsers: [], detection: {}, items: 0, documents: 0, diagnostics: { error: 0, warning: 0, info: 0 }, cleanedText: '',
});

/**
 * The result of a file over the byte limit, from its size and digest alone: the batch checks the size before it
 * reads a file (a 1 GB input must not be read into memory to be refused), ingestFile after.
 */
export function oversizedFile(path: string, size: number, sha256: string, options: IngestFileOptions = {}): FileResult {
  const { maxBytes } = { ...DEFAULT_LIMITS, ...options.limits };
  const record = emptyRecord(path, sha256, size);
  const diagnostics: Diagnostic[] = [toDiagnostic(path, 'decode', { ruleId: 'decode/too-large', severity: 'error',
    message: `File is ${size} bytes, over the ${maxBytes}-byte limit; split it or raise --max-bytes.` })];
  record.diagnostics.error = 1;
  return { record, items: [], diagnostics, facts: {} };
}

export async function ingestFile(path: string, bytes: Uint8Array, options: IngestFileOptions = {}): Promise<FileResult> {
  const read = await readDrafts(path, bytes, options);
  return 'drafts' in read ? itemsOf(read) : read;
}

/**
 * A file read up to its merged drafts, with what turning them into items needs. The page, its text, lines and grids
 * stay behind in readDrafts: a 125,000-row table's were held until its last item was made.
 */
interface FileDrafts {
  record: FileRecord;
  diagnostics: Diagnostic[];
  facts: CleanResult['facts'];
  drafts: MergedDraft[];
}

/** The drafts, or the finished result of a file that gave none. */
async function readDrafts(path: string, bytes: Uint8Array, options: IngestFileOptions): Promise<FileDrafts | FileResult> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const sha256 = hash('sha256', bytes, 'hex');
  if (bytes.length > limits.maxBytes) return oversizedFile(path, bytes.length, sha256, options);
  const diagnostics: Diagnostic[] = [];
  const reporter = (source: string) => (d: DiagnosticInput) => diagnostics.push(toDiagnostic(path, source, d));
  const record = emptyRecord(path, sha256, bytes.length);
  // A page container (HTML, recognised by content) is decoded and rendered to text lines; parsers also get its tables
  // and metadata as `file.html`.
  const page = await preparePage(bytes, reporter, limits);
  const claimedBy = page ? undefined : parsers.find((p) => p.input === 'binary' && p.claims?.(bytes));
  const decoded = page ?? (claimedBy ? { text: '', encoding: 'binary', decision: `read as bytes by parser ${claimedBy.name} (recognised by content)` } : decodeBytes(bytes));
  Object.assign(record, { encoding: decoded.encoding, decision: decoded.decision });
  if (decoded.invalid) {
    reporter('decode')({
      ruleId: 'decode/invalid-bytes',
      severity: 'warning',
      place: `L${lineOfOffset(bytes, decoded.invalid.firstOffset)}`,
      message: `${decoded.invalid.count} byte sequence(s) could not be decoded as ${decoded.encoding} and show as U+FFFD (first at byte ${decoded.invalid.firstOffset}); check the file's encoding.`,
    });
  }
  if (decoded.declaredMismatch) {
    reporter('decode')({
      ruleId: 'decode/charset-mismatch',
      severity: 'warning',
      actual: `declared ${decoded.declaredMismatch}, bytes ${decoded.encoding}`,
      message: `The page declares charset ${decoded.declaredMismatch}, but its bytes are ${decoded.encoding}; it was decoded as ${decoded.encoding}. Check the text, and fix the page's <meta charset> if you publish it again.`,
    });
  }
  // Document passes keep the line count, so every later `L<n>` is a line of the input file (for HTML: of the rendered text).
  const cleaned = cleanText(withLfEnds(withoutNuls(decoded.text, reporter('decode'))), reporter('clean'));
  const facts = cleaned.facts;
  // The readers take the page's facts from its metadata block, which the cleaned text shows set apart.
  const readable = withMetaLines(cleaned.text, cleaned.facts.metaLines);
  const lines = readable.split('\n');
  const file: SourceFile = {
    path, bytes, text: readable, encoding: decoded.encoding, lines,
    ...(cleaned.facts.breadcrumb ? { breadcrumb: cleaned.facts.breadcrumb } : {}),
    ...(page?.html && { html: page.html }),
  };
  setCleanedText(record, cleaned.text);
  record.script = cleaned.facts.script ?? 'none';

  const binary = decoded.encoding === 'binary';
  const eligible = parsers.filter((p) => (p.input === 'binary') === binary);
  for (const p of parsers) record.detection[p.name] = eligible.includes(p) ? safeDetect(p, file, reporter('detect')) : 0;
  if (!binary) record.pageKind = classifyPage(file, record.detection, eligible);
  if (record.pageKind?.kind === 'navigation-only') setCleanedText(record, withoutLoneLabel(cleaned.text, (d) => reporter('clean')({ source: 'clean/chrome', ...d })));
  const detected = eligible.filter((p) => !p.fallback && record.detection[p.name]! >= DETECT_THRESHOLD);
  const exclusive = detected.find((p) => p.exclusive);
  const chosen = exclusive ? [exclusive] : oneDocumentKind(detected, record.detection);

  const results: ParsedBy[] = [];
  const run = async (parser: Parser): Promise<void> => {
    try {
      results.push({ parser: parser.name, drafts: await parser.parse(file, { report: reporter(parser.name), limits }) });
    } catch (error) {
      reporter(parser.name)({ ruleId: 'internal/parser-crash', severity: 'error', message: `Parser ${parser.name} failed: ${(error as Error).message}. Please report this file.` });
    }
  };
  for (const parser of chosen) await run(parser);
  // A page with content that no specific parser read (or whose parser found nothing) is still a document.
  const nothing = (): boolean => results.every((r) => r.drafts.length === 0);
  const kind = record.pageKind;
  const catalogue = kind?.kind === 'catalogue' || kind?.kind === 'standard-catalogue';
  if (nothing() && kind && kind.kind !== 'navigation-only' && !catalogue) {
    for (const parser of eligible) if (parser.fallback && record.detection[parser.name]! >= DETECT_THRESHOLD) await run(parser);
  }
  if (nothing()) {
    if (binary && chosen.length === 0) {
      // A container whose preparer already said why it cannot be read (a truncated .docx) is not also "unknown binary".
      if (!diagnostics.some((d) => d.severity === 'error')) reporter('decode')({ ruleId: 'decode/binary', severity: 'error', message: 'Binary content that no parser recognises (not a page — HTML, text, Word, PDF — nor a workbook: .xlsx, .xlsb, .xls, .et, .ods, .fods); remove it from the inputs or convert it to one of these.' });
    } else if (kind?.kind === 'navigation-only') {
      reporter('detect')({ ruleId: 'parse/navigation-only', severity: 'info', message: `The page has no content of its own (${kind.reason}); it yields no items.` });
    } else if (catalogue) {
      reporter('detect')({ ruleId: 'parse/catalogue-unread', severity: 'warning',
        message: 'The page prints catalogue column labels (公开内容, 公开依据, 公开时限 …) but no parser read its rows; it yields no items. Check the table layout against the supported ones and report the file.' });
    } else if (chosen.length === 0) {
      reporter('detect')({ ruleId: 'parse/no-catalogue', severity: 'info', message: 'No catalogue table, item blocks or known document found in this file; it yields no items.' });
    }
    if (results.length === 0) return finish({ record, diagnostics, facts }, []);
  }
  record.parsers = results.map((r) => r.parser);
  // A page container keeps its format even when a text document parser reads its rendered text.
  const first = parsers.find((p) => p.name === results[0]?.parser);
  record.format = page ? page.format : first ? (first.formatOf?.(file) ?? first.format) : 'text';
  let merged = mergeDrafts(results, (d) => diagnostics.push(toDiagnostic(path, d.source, d)));
  // Spreadsheets skip the document passes: their cells get the spam repair here, the batch's cells as evidence.
  // A clean workbook (the usual case) holds no brand, and then no evidence corpus is built nor any item copied.
  if (binary && merged.some((m) => itemHasBrand(m.draft))) {
    const evidence = evidenceFromItems(merged.map((m) => m.draft));
    merged = merged.map((m) => ({ ...m, draft: repairDraftItem(m.draft, { report: reporter('clean'), evidence }) }));
  }
  if (binary) setCleanedText(record, merged.map(({ draft }) => [draft.place, ...itemStrings(draft)].join(' | ')).join('\n'));
  // A catalogue page's title line names the publisher of all its rows.
  const publisher = publisherFromTitle(file.lines);
  if (publisher) for (const { draft } of merged) if (draft.kind === 'item' && !draft.fields.publisher) draft.fields.publisher = publisher;

  return { record, diagnostics, facts, drafts: merged };
}

/** The drafts as validated items, each draft let go once it is one (a huge table's drafts and items are not all held). */
function itemsOf({ record, diagnostics, facts, drafts }: FileDrafts): FileResult {
  const { path: file, sha256, format, encoding, script } = record;
  const items: CatalogItem[] = [];
  for (const { parser, draft } of drain(drafts)) {
    const item = toCatalogItem(draft, { file, sha256, parser, format, encoding, script });
    const valid = CatalogItem.safeParse(item);
    if (!valid.success) {
      diagnostics.push(toDiagnostic(file, 'validate', {
        ruleId: 'validate/schema',
        severity: 'error',
        message: `Item at ${draft.place} does not match the CatalogItem schema: ${valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        place: draft.place,
        actual: JSON.stringify(draft.fields).slice(0, 500),
      }));
      continue;
    }
    items.push(valid.data);
  }
  attachFlags(items, diagnostics);
  return finish({ record, diagnostics, facts }, items);
}

/** The result, with the record's counts of diagnostics, items and documents filled in. */
function finish({ record, diagnostics, facts }: Omit<FileResult, 'items'>, items: CatalogItem[]): FileResult {
  for (const d of diagnostics) record.diagnostics[d.severity]++;
  record.items = items.filter((i) => i.kind === 'item').length;
  record.documents = items.length - record.items;
  return { record, items, diagnostics, facts };
}

/**
 * files.jsonl shows the cleaned text: what the parsers read, less the metadata block the chrome pass set apart (its lines
 * are in report.json). A huge page is cut there (the input itself is still the full record).
 */
function setCleanedText(record: FileRecord, text: string): void {
  record.cleanedText = text.length > MAX_CLEANED_TEXT ? text.slice(0, MAX_CLEANED_TEXT) : text;
  if (text.length > MAX_CLEANED_TEXT) record.cleanedTextTruncated = true;
}

/** CRLF and lone CR line ends become LF; text that has no CR (most pages) is already so. */
function withLfEnds(text: string): string {
  return text.includes('\r') ? splitLines(text).join('\n') : text;
}

/** Stray NULs in text would end up in items and CSV cells; they are removed (the line count does not change). */
function withoutNuls(text: string, report: (d: DiagnosticInput) => void): string {
  const first = text.indexOf('\u0000');
  if (first < 0) return text;
  const count = text.split('\u0000').length - 1;
  const line = splitLines(text.slice(0, first)).length;
  report({ ruleId: 'decode/nul-bytes', severity: 'warning', place: `L${line}`, actual: `${count} NUL`,
    message: `${count} NUL byte(s) removed from the text (first on line ${line}); the file was probably cut or padded by the tool that saved it.` });
  return text.replaceAll('\u0000', '');
}

/**
 * The parsers that read a page: every catalogue parser that detected it (their rows are merged), and of the document
 * parsers only the most confident one (registry order breaks ties), so a page is one document of one kind.
 */
function oneDocumentKind(detected: readonly Parser[], scores: Readonly<Record<string, number>>): Parser[] {
  const documents = detected.filter((p) => p.kind !== 'catalogue');
  const best = documents.reduce<Parser | undefined>((top, p) => (top === undefined || scores[p.name]! > scores[top.name]! ? p : top), undefined);
  return detected.filter((p) => p.kind === 'catalogue' || p === best);
}

function safeDetect(parser: Parser, file: SourceFile, report: (d: DiagnosticInput) => void): number {
  try {
    const score = detectOnce(parser, file);
    return Number.isFinite(score) ? Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000 : 0;
  } catch (error) {
    report({ ruleId: 'internal/detect-crash', severity: 'error', message: `Parser ${parser.name} failed to inspect the file: ${(error as Error).message}. Please report this file.` });
    return 0;
  }
}

function toDiagnostic(file: string, source: string, d: DiagnosticInput): Diagnostic {
  const { source: own, ...rest } = d;
  return { file, source: own ?? source, ...rest };
}

/**
 * A notice and the files it attaches, read in one batch: the attachments' items carry the notice as their context,
 * the notice's declared counts are checked against them, and the output is the same bytes for any --jobs and for
 * shards merged back together (also when the notice and its attachment fall into different shards).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, inShard, ingest, iterateItems, mergeDatasets, type CatalogItem } from '../../src/index.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { ROWS } from '../formats/reference-catalogue.js';
import { CSV_NAME, declaration, DOC_NUMBER, NOTICE_TITLE, scratch, writeNoticeFolder, XLSX_NAME, type NoticeFolder } from './notice-corpus.js';

const quiet = { onWarning: () => {} };
const itemsOf = (dir: string): CatalogItem[] =>
  readFileSync(join(dir, 'items.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CatalogItem);
const reportOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { totals: Record<string, number>; diagnostics: Diagnostic[] };
const bytesOf = (dir: string, names: string[]) => names.map((name) => readFileSync(join(dir, name)));
const DATASET = ['items.jsonl', 'items.csv', 'files.jsonl', 'report.json'];

describe('a notice with its attachments in one folder', () => {
  for (const kind of ['text', 'html'] as const) {
    it(`gives the ${kind} notice and both attachments' items with the notice as their context`, async () => {
      const base = scratch();
      const folder = writeNoticeFolder(join(base, 'in'), kind);
      const out = join(base, 'out');
      await ingest({ inputs: [folder.dir], out, jobs: 1, ...quiet });
      const items = itemsOf(out);
      const notice = items.find((i) => i.source.file === folder.notice)!;
      expect(notice).toMatchObject({ kind: 'document', name: NOTICE_TITLE, extra: { 文号: DOC_NUMBER } });
      expect(notice.attachments!.map((a) => a.name)).toEqual([XLSX_NAME, CSV_NAME]);
      expect(notice.context).toBeUndefined();
      const context = (attachment: string) => ({
        notice: {
          id: notice.id,
          title: NOTICE_TITLE,
          docNumber: DOC_NUMBER,
          publishedAt: kind === 'html' ? '2024-03-06' : '2024-03-05',
          file: folder.notice,
          attachment,
        },
      });
      const from = (file: string) => items.filter((i) => i.source.file === file);
      expect(from(folder.xlsx)).toHaveLength(ROWS.length);
      for (const item of from(folder.xlsx)) expect(item.context).toEqual(context(XLSX_NAME));
      expect(from(folder.csv)).toHaveLength(3);
      for (const item of from(folder.csv)) expect(item.context).toEqual(context(CSV_NAME));
      // A catalogue beside the notice that it does not list has no context.
      expect(from(folder.unlisted)).toHaveLength(1);
      expect(from(folder.unlisted)[0]!.context).toBeUndefined();
      expect(reportOf(out).diagnostics.filter((d) => d.source === 'link')).toEqual([]);
      // The CSV spreads the context over its own columns.
      const csv = readFileSync(join(out, 'items.csv'), 'utf8');
      expect(csv.split('\r\n')[0]).toContain('context.notice.id,context.notice.title,context.notice.docNumber,context.notice.publishedAt,context.notice.file,context.notice.attachment');
      expect(csv).toContain(`${notice.id},${NOTICE_TITLE},${DOC_NUMBER}`);
    });
  }

  it("checks the notice's declared counts against what its attachments gave", async () => {
    const declaredCountFindings = async (declared: string) => {
      const base = scratch();
      const folder = writeNoticeFolder(join(base, 'in'), 'text', declared);
      const out = join(base, 'out');
      await ingest({ inputs: [folder.dir], out, jobs: 1, ...quiet });
      const { diagnostics } = await check(out, { cwd: base });
      return diagnostics.filter((d) => d.ruleId === 'check/declared-count-mismatch').map((d) => [d.file === folder.notice, d.actual, d.expected]);
    };
    expect(await declaredCountFindings(declaration())).toEqual([]);
    expect(await declaredCountFindings(declaration({ level1: 6, level2: 25 }, { level1: 2, level2: 3 }))).toEqual([[true, '6/24', '6/25']]);
    expect(await declaredCountFindings(declaration({ level1: 6, level2: 24 }, { level1: 3, level2: 3 }))).toEqual([[true, '2/3', '3/3']]);
  });

  it('says on the notice which attachment is missing from the inputs', async () => {
    const base = scratch();
    const folder = writeNoticeFolder(join(base, 'in'), 'text');
    const out = join(base, 'out');
    await ingest({ inputs: [folder.notice, folder.xlsx], out, jobs: 1, ...quiet });
    const report = reportOf(out);
    const link = report.diagnostics.filter((d) => d.source === 'link');
    expect(link.map((d) => [d.file, d.ruleId, d.severity, d.actual])).toEqual([[folder.notice, 'link/attachment-unmatched', 'info', CSV_NAME]]);
    // After the notice's own diagnostics, in path order, and counted.
    const files = report.diagnostics.map((d) => d.file);
    expect(files).toEqual([...files].sort());
    expect(report.totals.infos).toBe(report.diagnostics.filter((d) => d.severity === 'info').length);
  });
});

// Several runs each: on a loaded 2-core machine they outlast the default 60 s.
describe('linking in a batch', { timeout: 180_000 }, () => {
  it('writes the same bytes with --jobs 1 and --jobs 2, in every item format', async () => {
    const base = scratch();
    writeNoticeFolder(join(base, 'in', 'a'), 'text');
    writeNoticeFolder(join(base, 'in', 'b'), 'html');
    const formats = ['jsonl', 'csv', 'parquet'] as const;
    const names = [...DATASET, 'items.parquet'];
    await ingest({ inputs: [join(base, 'in')], out: join(base, 'one'), jobs: 1, formats: [...formats], ...quiet });
    await ingest({ inputs: [join(base, 'in')], out: join(base, 'two'), jobs: 2, formats: [...formats], ...quiet });
    expect(bytesOf(join(base, 'two'), names)).toEqual(bytesOf(join(base, 'one'), names));
    const items = itemsOf(join(base, 'one'));
    expect(items.filter((i) => i.context).length).toBe(2 * (ROWS.length + 3));
    // Parquet alone: the context reads back as written, and no staged file is left in the dataset.
    const parquetOnly = join(base, 'parquet');
    await ingest({ inputs: [join(base, 'in')], out: parquetOnly, jobs: 1, formats: ['parquet'], ...quiet });
    const read: CatalogItem[] = [];
    const problems: Diagnostic[] = [];
    for await (const item of iterateItems(parquetOnly, (d) => problems.push(d))) read.push(item);
    expect(problems).toEqual([]);
    expect(read).toEqual(items);
    expect(readdirSync(join(parquetOnly, 'current')).sort()).toEqual(['files.jsonl', 'items.parquet', 'report.json']);
  });

  it('merges shards 1/2 and 2/2 into exactly one run, also when a notice and its attachment are in different shards', async () => {
    const share = (path: string) => (inShard(path, { index: 1, count: 2 }) ? 1 : 2);
    // An attachment in another share than its notice, with no other folder's copy of it (same or listed name) in the
    // notice's share: there the notice's share can only say it is missing, as a real split of unrelated files would.
    const splitsOf = (folders: NoticeFolder[]) => folders.flatMap((f) => (['xlsx', 'csv'] as const)
      .filter((k) => share(f[k]) !== share(f.notice) && !folders.some((g) => g !== f && share(g[k]) === share(f.notice)))
      .map((k) => ({ f, file: f[k] })));
    // Shares follow the paths' hashes, so a fresh scratch folder is a new draw: two folders are written until one
    // such split comes up (about one draw in three).
    let base = '';
    let folders: NoticeFolder[] = [];
    for (let draw = 0; draw < 100 && splitsOf(folders).length === 0; draw++) {
      base = scratch();
      folders = [writeNoticeFolder(join(base, 'in', 'f0'), 'text'), writeNoticeFolder(join(base, 'in', 'f1'), 'html')];
    }
    expect(splitsOf(folders).length).toBeGreaterThan(0);
    const input = join(base, 'in');
    const single = join(base, 'single');
    await ingest({ inputs: [input], out: single, jobs: 1, ...quiet });
    const shards = [1, 2].map((index) => join(base, `shard-${index}`));
    for (const [i, out] of shards.entries()) await ingest({ inputs: [input], out, jobs: 2, shard: { index: i + 1, count: 2 }, ...quiet });
    const merged = join(base, 'merged');
    await mergeDatasets([...shards].reverse(), merged);
    expect(bytesOf(merged, DATASET)).toEqual(bytesOf(single, DATASET));

    // The split attachment: without context in its share (where the notice is not), with it in the whole run.
    const split = splitsOf(folders)[0]!;
    const inShardRun = itemsOf(shards[share(split.file) - 1]!).filter((i) => i.source.file === split.file);
    expect(inShardRun.length).toBeGreaterThan(0);
    for (const item of inShardRun) expect(item.context).toBeUndefined();
    for (const item of itemsOf(single).filter((i) => i.source.file === split.file)) expect(item.context?.notice?.file).toBe(split.f.notice);
    // The notice's share said the attachment was missing; the whole run does not.
    expect(reportOf(shards[share(split.f.notice) - 1]!).diagnostics.some((d) => d.ruleId === 'link/attachment-unmatched')).toBe(true);
    expect(reportOf(single).diagnostics.some((d) => d.source === 'link')).toBe(false);
  });

  it('replaces what a share linked on its own when the whole set links otherwise', async () => {
    const base = scratch();
    const input = join(base, 'in');
    const share = (path: string) => (inShard(path, { index: 1, count: 2 }) ? 1 : 2);
    // An older copy of the CSV one folder down: a share that holds it but not the copy beside the notice links it.
    const copies: Array<{ f: NoticeFolder; older: string }> = [];
    while (!copies.some(({ f, older }) => share(f.notice) === share(older) && share(f.csv) !== share(f.notice))) {
      const f = writeNoticeFolder(join(input, `f${copies.length}`), 'text');
      const older = join(f.dir, 'old', CSV_NAME);
      mkdirSync(join(f.dir, 'old'));
      writeFileSync(older, readFileSync(f.csv));
      copies.push({ f, older });
    }
    const { f, older } = copies.find(({ f, older }) => share(f.notice) === share(older) && share(f.csv) !== share(f.notice))!;
    const single = join(base, 'single');
    await ingest({ inputs: [input], out: single, jobs: 1, ...quiet });
    const shards = [1, 2].map((index) => join(base, `shard-${index}`));
    for (const [i, out] of shards.entries()) await ingest({ inputs: [input], out, jobs: 1, shard: { index: i + 1, count: 2 }, ...quiet });
    const inShare = itemsOf(shards[share(f.notice) - 1]!).filter((i) => i.source.file === older);
    expect(inShare.map((i) => i.context?.notice?.file)).toEqual([f.notice, f.notice, f.notice]);
    expect(itemsOf(single).filter((i) => i.source.file === older).map((i) => i.context)).toEqual([undefined, undefined, undefined]);
    const merged = join(base, 'merged');
    await mergeDatasets(shards, merged);
    expect(bytesOf(merged, DATASET)).toEqual(bytesOf(single, DATASET));
  });
});

/**
 * Which input file each notice's 附件 entry names, whatever the file's format (the rule looks at names only).
 *
 * Names are compared after one normalization: URL-decoded, NFKC (full-width `．ＸＬＳＸ`, `（１）` → half-width),
 * Traditional characters → Simplified (the notice's text is converted by the cleaning passes, a saved file name is
 * not), spaces removed, lower case. An entry is looked for, in this order, by
 *   1. the file name of its link (`…/P020190603.xlsx?v=2` → `p020190603.xlsx`),
 *   2. its listed name (`就业领域标准目录.xlsx`; also without a leading `附件1:`/`1.` numbering),
 *   3. either of them without its extension against the file's name without its extension (an entry printed without
 *      one, a file saved under another).
 * The first of these that matches some file decides; among the files it matches, the one nearest to the notice by
 * folder steps wins (its own folder 0, a subfolder 1, a sibling folder 2 …), so two files of one name in different
 * folders go to the notice beside them. Files equally near are ambiguous: none is linked (`link/attachment-ambiguous`).
 * An entry no file matches gives `link/attachment-unmatched`. Both are infos on the notice.
 *
 * A file attached by several notices takes the nearest notice, then the first in path order; a notice never links
 * itself. The result depends on the set of notices and paths only, not on the order they come in.
 */
import { posix } from 'node:path';
import type { NoticeContext } from '../../schemas/catalog-item.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { toSimplifiedChars } from '../../parsers/shared/script-classes.js';
import { comparePaths } from '../ingest/inputs.js';
import { noticeContext, type NoticeRef } from './notice-ref.js';

export interface AttachmentLinks {
  /** Input path → the notice that attached it. */
  contexts: Map<string, NoticeContext>;
  /** The infos on the notices (unmatched and ambiguous entries), in path order. */
  diagnostics: Diagnostic[];
}

export const LINK_SOURCE = 'link';

/** A name as compared: decoded, half-width, Simplified, no spaces, lower case. */
export function nameKey(name: string): string {
  let s = name.trim();
  if (/%[0-9a-f]{2}/i.test(s)) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // A stray % is part of the name.
    }
  }
  return toSimplifiedChars(s.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
}

/** A normalized name without its extension (`.xlsx`, `.pdf`; an extension starts with a letter, so `v1.2` keeps it). */
export function stemKey(key: string): string {
  return key.replace(/\.[a-z][a-z0-9]{0,4}$/, '');
}

/** The file name a link points at: its last path segment, without query or fragment. */
function hrefName(href: string): string {
  return href.split(/[?#]/)[0]!.split(/[/\\]/).filter(Boolean).pop() ?? '';
}

/** `附件1:`, `附件:`, `1.`, `（1）` before a listed name. */
const NUMBERING = /^(?:附件\s*\d{0,2}\s*[:：.、]?\s*)?(?:\d{1,2}\s*[.、:：]|[(（]\d{1,2}[)）])?\s*/;

interface Claim {
  notice: NoticeRef;
  attachment: string;
  distance: number;
}

export function linkAttachments(notices: readonly NoticeRef[], paths: readonly string[]): AttachmentLinks {
  const byName = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, key: string, path: string) => {
    if (!key) return;
    const list = index.get(key);
    if (list) list.push(path);
    else index.set(key, [path]);
  };
  for (const path of new Set(paths)) {
    const key = nameKey(posix.basename(path));
    add(byName, key, path);
    add(byStem, stemKey(key), path);
  }

  const ordered = notices.map((notice, i) => ({ notice, i })).sort((a, b) => comparePaths(a.notice.file, b.notice.file) || a.i - b.i);
  const claims = new Map<string, Claim>();
  const diagnostics: Diagnostic[] = [];
  for (const { notice } of ordered) {
    for (const attachment of notice.attachments) {
      const listed = [attachment.name, attachment.name.replace(NUMBERING, '')].map(nameKey).filter(Boolean);
      const linked = attachment.href ? [nameKey(hrefName(attachment.href))].filter(Boolean) : [];
      const tiers = [
        lookup(byName, linked),
        lookup(byName, listed),
        lookup(byStem, [...linked, ...listed].map(stemKey)),
      ];
      const found = tiers.map((files) => files.filter((f) => f !== notice.file)).find((files) => files.length > 0);
      if (!found) {
        diagnostics.push(info(notice, 'link/attachment-unmatched', attachment.name,
          `附件 "${attachment.name}" names no input file (compared by name, with and without extension); its items, if read from elsewhere, carry no notice context. Add the attachment to the inputs to link it.`));
        continue;
      }
      const from = posix.dirname(notice.file);
      const ranked = found.map((file) => ({ file, distance: folderDistance(from, posix.dirname(file)) })).sort((a, b) => a.distance - b.distance);
      const nearest = ranked.filter((r) => r.distance === ranked[0]!.distance);
      if (nearest.length > 1) {
        const files = nearest.map((r) => r.file).sort(comparePaths);
        diagnostics.push(info(notice, 'link/attachment-ambiguous', attachment.name,
          `附件 "${attachment.name}" matches ${files.length} input files equally near the notice (${files.join(', ')}); none is linked. Keep each attachment in its notice's folder.`));
        continue;
      }
      const { file, distance } = nearest[0]!;
      const held = claims.get(file);
      if (!held || distance < held.distance) claims.set(file, { notice, attachment: attachment.name, distance });
    }
  }
  const contexts = new Map<string, NoticeContext>();
  for (const [file, claim] of claims) contexts.set(file, noticeContext(claim.notice, claim.attachment));
  return { contexts, diagnostics };
}

function lookup(index: Map<string, string[]>, keys: readonly string[]): string[] {
  return [...new Set(keys.flatMap((key) => index.get(key) ?? []))];
}

/** Steps from one folder to another through their common parent (`a/b` → `a/c`: 2). */
function folderDistance(from: string, to: string): number {
  const a = from === '.' ? [] : from.split('/');
  const b = to === '.' ? [] : to.split('/');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return a.length - common + (b.length - common);
}

function info(notice: NoticeRef, ruleId: string, attachment: string, message: string): Diagnostic {
  return { file: notice.file, source: LINK_SOURCE, ruleId, severity: 'info', message, place: notice.place, actual: attachment };
}

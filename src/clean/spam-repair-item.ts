/**
 * Spam substitution repair over a parsed item: every string field, `extra` values and document parts. Used for
 * inputs that skip the document passes (spreadsheets, CSV) and as a safety net after parsing. The batch's own
 * items are evidence for each other (`evidenceFromItems`).
 */
import { putExtra } from '../../parsers/shared/extra.js';
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { DraftItem } from '../../schemas/draft-item.js';
import type { Section } from '../../schemas/catalog-item.js';
import { REPAIRED, UNRESOLVED, buildEvidence, repairSpamText } from './spam-repair.js';
import { findBrands } from './spam-terms.js';

export interface ItemRepairOptions {
  report(diagnostic: DiagnosticInput): void;
  /** From `evidenceFromItems(batch)`; defaults to the canonical texts only. */
  evidence?: readonly string[];
}

/** Every string an item carries, for use as evidence by the other items of the batch. */
export function itemStrings(item: DraftItem): string[] {
  const out: string[] = [...Object.values(item.fields), ...Object.values(item.extra)].filter(
    (v): v is string => typeof v === 'string',
  );
  const doc = item.document;
  if (doc?.body) out.push(doc.body);
  for (const a of doc?.attachments ?? []) out.push(a.name);
  const walk = (s: Section): void => {
    out.push(s.heading, s.text);
    s.children.forEach(walk);
  };
  doc?.sections?.forEach(walk);
  return out;
}

/** True when some string of the item holds a brand token or shape (findBrands turns clean text away with one scan). */
export function itemHasBrand(item: DraftItem): boolean {
  return itemStrings(item).some((s) => findBrands(s).length > 0);
}

/** Canonical texts + every string of the batch. */
export function evidenceFromItems(items: readonly DraftItem[]): string[] {
  return [...buildEvidence(), ...items.flatMap(itemStrings)];
}

/** Returns a repaired copy of the item; flags it with the rule ids of the fixes made. */
export function repairDraftItem(item: DraftItem, options: ItemRepairOptions): DraftItem {
  let repaired = 0;
  let unresolved = 0;
  const fix = (value: string, where: string): string => {
    const result = repairSpamText(value, { report: options.report, place: `${item.place} ${where}`, evidence: options.evidence });
    repaired += result.repaired;
    unresolved += result.unresolved;
    return result.text;
  };
  const fields: DraftItem['fields'] = {};
  for (const [key, value] of Object.entries(item.fields) as [keyof DraftItem['fields'], string | undefined][]) {
    if (value !== undefined) fields[key] = fix(value, key);
  }
  const extra: Record<string, string> = {};
  for (const [label, value] of Object.entries(item.extra)) putExtra(extra, label, fix(value, label));
  const out: DraftItem = { ...item, fields, extra };
  if (item.document) {
    const doc = item.document;
    const walk = (s: Section, path: string): Section => ({
      ...s,
      heading: fix(s.heading, `${path} heading`),
      text: fix(s.text, path),
      children: s.children.map((c, i) => walk(c, `${path}.${i + 1}`)),
    });
    out.document = {
      ...doc,
      ...(doc.body !== undefined ? { body: fix(doc.body, 'body') } : {}),
      ...(doc.attachments ? { attachments: doc.attachments.map((a, i) => ({ ...a, name: fix(a.name, `attachment ${i + 1}`) })) } : {}),
      ...(doc.sections ? { sections: doc.sections.map((s, i) => walk(s, `section ${i + 1}`)) } : {}),
    };
  }
  const flags = new Set(item.flags ?? []);
  if (repaired > 0) flags.add(REPAIRED);
  if (unresolved > 0) flags.add(UNRESOLVED);
  if (flags.size > 0) out.flags = [...flags].sort();
  return out;
}

/**
 * The check seam, modelled on lint rules: a rule has a permanent id, a default severity and a `create`
 * that returns visitors. The runner streams items.jsonl once and calls every enabled rule's visitors.
 */
import type { CatalogItem } from '../../schemas/catalog-item.js';
import type { Severity } from '../../schemas/diagnostic.js';
import type { JsonlRecord } from '../dataset/read.js';

/** What a rule reports; the runner fills in file, place, source, ruleId and severity. */
export interface Finding {
  /** The item at fault: its source file and place become the diagnostic's file and place. */
  item: CatalogItem;
  /** A finer place inside the item's source (a table row's lines), when the rule knows one. */
  place?: string;
  message: string;
  actual?: string;
  expected?: string;
}

/** A finding about a line that could not even be read as a CatalogItem. */
export interface RecordFinding {
  file: string;
  place: string;
  message: string;
  actual?: string;
  expected?: string;
}

/** One validation problem (a subset of zod's issue shape). */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

export interface RuleContext {
  report(finding: Finding): void;
  reportRecord(finding: RecordFinding): void;
}

export interface RuleVisitor {
  /** A line of items.jsonl that is JSON but not a CatalogItem, with the validation issues. */
  invalid?(record: JsonlRecord, issues: readonly SchemaIssue[]): void;
  /** Every line that validates as a CatalogItem, in file order. */
  item?(item: CatalogItem): void;
  /** After the last line: for rules that compare items with each other. */
  end?(): void;
}

export interface CheckRule {
  /** Permanent, kebab-case, `check/` prefix. */
  id: string;
  defaultSeverity: Severity;
  /** One line for `catalog checks`. */
  description: string;
  create(ctx: RuleContext): RuleVisitor;
}

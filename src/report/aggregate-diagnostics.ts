/** Groups report.json diagnostics by rule, by file, and picks out cleaning evidence and annual-report findings. */
import type { Diagnostic, Severity } from '../../schemas/diagnostic.js';
import { PagedTableBuilder, type PagedTableData } from './paged-table.js';

export interface RuleSummary {
  ruleId: string;
  /** The most severe level the rule was raised at. */
  severity: Severity;
  count: number;
  /** file → how many, and the first place (for the "worst files" list). */
  files: Map<string, { count: number; firstPlace: string }>;
  sampleMessage: string;
}

export interface FileDiagnostics {
  error: number;
  warning: number;
  info: number;
  /** The first diagnostic of the file's most severe level: the "why" of a failed file. */
  worst?: Diagnostic;
}

export interface DiagnosticSummary {
  total: Record<Severity, number>;
  rules: RuleSummary[];
  byFile: Map<string, FileDiagnostics>;
  /** clean/* diagnostics per file, in report order. */
  cleaning: Map<string, Diagnostic[]>;
  /** report/* findings (annual-report consistency) per file. */
  reportFindings: Map<string, Diagnostic[]>;
  table: PagedTableData;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function aggregateDiagnostics(diagnostics: Diagnostic[]): DiagnosticSummary {
  const rules = new Map<string, RuleSummary>();
  const byFile = new Map<string, FileDiagnostics>();
  const cleaning = new Map<string, Diagnostic[]>();
  const reportFindings = new Map<string, Diagnostic[]>();
  const total: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const table = new PagedTableBuilder([
    { label: '级别 severity', interned: true },
    { label: '规则 ruleId', interned: true },
    { label: '文件 file', interned: true },
    { label: '位置 place' },
    { label: '说明 message', interned: true },
    { label: '原文 actual' },
    { label: '应为 expected' },
  ]);
  for (const d of diagnostics) {
    const severity: Severity = d.severity in SEVERITY_RANK ? d.severity : 'info';
    total[severity]++;
    const rule = rules.get(d.ruleId) ?? { ruleId: d.ruleId, severity, count: 0, files: new Map(), sampleMessage: d.message };
    if (SEVERITY_RANK[severity] < SEVERITY_RANK[rule.severity]) rule.severity = severity;
    rule.count++;
    const perFile = rule.files.get(d.file) ?? { count: 0, firstPlace: d.place ?? '' };
    perFile.count++;
    rule.files.set(d.file, perFile);
    rules.set(d.ruleId, rule);

    const fileCounts = byFile.get(d.file) ?? { error: 0, warning: 0, info: 0 };
    fileCounts[severity]++;
    if (!fileCounts.worst || SEVERITY_RANK[severity] < SEVERITY_RANK[fileCounts.worst.severity]) fileCounts.worst = d;
    byFile.set(d.file, fileCounts);

    const group = d.ruleId.startsWith('clean/') ? cleaning : d.ruleId.startsWith('report/') ? reportFindings : undefined;
    if (group) {
      const list = group.get(d.file);
      if (list) list.push(d);
      else group.set(d.file, [d]);
    }
    table.add([severity, d.ruleId, d.file, d.place, d.message, d.actual, d.expected]);
  }
  const ordered = [...rules.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1),
  );
  return { total, rules: ordered, byFile, cleaning, reportFindings, table: table.build() };
}

import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import type { Pass, PassContext } from '../../src/clean/types.js';

/** Runs one pass and returns its output, diagnostics and facts. */
export function runPass(pass: Pass, text: string): { text: string; diagnostics: DiagnosticInput[]; facts: PassContext['facts'] } {
  const diagnostics: DiagnosticInput[] = [];
  const facts: PassContext['facts'] = {};
  const out = pass.run(text, { facts, report: (d) => diagnostics.push(d) });
  return { text: out, diagnostics, facts };
}

/** ruleId@place: actual → expected, for compact expectations. */
export function brief(d: DiagnosticInput): string {
  return `${d.ruleId}@${d.place}: ${d.actual ?? ''} → ${d.expected ?? ''}`;
}

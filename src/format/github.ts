/**
 * GitHub Actions workflow commands: `::error file=…,line=…,endLine=…,title=…::message`, one per diagnostic,
 * pointing at the SOURCE file so the annotation lands on the crawled input. Cell places (`Sheet1!A7`) and record
 * places have no line, so they go into the title.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { linePlace } from './place.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping from the runner's workflow-command parser: data escapes %, CR, LF; properties also `:` and `,`. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithubLine(d: Diagnostic): string {
  const props = [`file=${escapeProperty(d.file)}`];
  const lines = linePlace(d.place);
  if (lines) {
    props.push(`line=${lines.line}`);
    if (lines.endLine !== undefined) props.push(`endLine=${lines.endLine}`);
  }
  const title = lines || !d.place ? d.ruleId : `${d.ruleId} (${d.place})`;
  props.push(`title=${escapeProperty(title)}`);
  const message = d.actual !== undefined ? `${d.message}\nactual: ${d.actual}` : d.message;
  return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(message)}`;
}

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${formatGithubLine(d)}\n`).join('');
}

/**
 * A page with no content of its own whose only line is a short label (a column's name `本局公开制度`, a site's name, a
 * trail without its home `规范性文件 > 部门文件`): the line names a page whose content was not kept. It is chrome,
 * but the classifier needs it to say why the page is empty, so it is judged once the page is classified, and only the
 * cleaned text shows it removed.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { LONE_LABEL } from '../../parsers/shared/lexicons/chrome.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { isBlank } from '../../parsers/shared/lines.js';

/** The cleaned text of a page without content, its lone label removed (the same text when it has no such line). */
export function withoutLoneLabel(text: string, report: (d: DiagnosticInput) => void): string {
  const lines = text.split('\n');
  const filled = lines.flatMap((l, i) => (isBlank(l) ? [] : [i]));
  if (filled.length !== 1 || !LONE_LABEL.test(lines[filled[0]!]!.trim())) return text;
  const only = filled[0]!;
  report({
    ruleId: 'clean/chrome-lone-label',
    severity: 'info',
    message: "Removed the page's only line from its cleaned text: a label naming a page that holds nothing else (a column, a site, a trail).",
    place: linePlace(only + 1),
    actual: lines[only]!.trim(),
    expected: '',
  });
  lines[only] = '';
  return lines.join('\n');
}

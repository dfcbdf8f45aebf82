/** Diagnostics as a JSON array of the Diagnostic schema (schemas/diagnostic.ts). */
import type { Diagnostic } from '../../schemas/diagnostic.js';

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnostics, null, 2)}\n`;
}

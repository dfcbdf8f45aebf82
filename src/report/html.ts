/**
 * Escaping HTML builder. Every interpolated value is escaped unless it is already `Html`, so a section can only emit
 * markup it wrote itself: the data comes from hacked pages and routinely holds `<script>`.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new Html(out);
}

/** Markup this module did not build: only for constants (CSS, the page script), never for data. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the JS line separators become \u escapes,
 * so `</script>` or `<!--` inside the data cannot end the block.
 */
export function jsonForScript(data: unknown): Html {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new Html(json);
}

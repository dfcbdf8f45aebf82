/**
 * Inline SVG charts drawn here (no chart library, nothing fetched): horizontal bars that scale with the page width
 * and print as vectors. Labels are escaped by `html`.
 */
import { html, type Html } from './html.js';

export interface Bar {
  label: string;
  value: number;
  /** Fill colour; defaults to the accent colour. */
  color?: string;
}

const WIDTH = 480;
const LABEL_WIDTH = 170;
const ROW = 26;
/** Label budget in half-width units: a CJK character counts 2, so 12 CJK or 24 ASCII characters fit. */
const MAX_LABEL_UNITS = 24;

function shorten(label: string): string {
  let units = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    units += chars[i].charCodeAt(0) > 0x2e7f ? 2 : 1;
    if (units > MAX_LABEL_UNITS) return `${chars.slice(0, i - 1).join('')}…`;
  }
  return label;
}

export function barChart(bars: Bar[], caption: string): Html {
  if (bars.length === 0) return html`<p class="empty">无数据 (no data)</p>`;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const span = WIDTH - LABEL_WIDTH - 50;
  const height = bars.length * ROW + 8;
  return html`<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${caption}" preserveAspectRatio="xMinYMin meet">${bars.map((bar, i) => {
    const y = 4 + i * ROW;
    const w = Math.max(1, Math.round((bar.value / max) * span));
    return html`<g><title>${bar.label}: ${bar.value}</title><text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${shorten(bar.label)}</text><rect x="${LABEL_WIDTH}" y="${y + 4}" width="${w}" height="${ROW - 8}" rx="2" fill="${bar.color ?? '#2e6da4'}"></rect><text x="${LABEL_WIDTH + w + 6}" y="${y + 17}">${bar.value}</text></g>`;
  })}</svg><figcaption>${caption}</figcaption></figure>`;
}

export interface ShareBar {
  label: string;
  part: number;
  total: number;
}

/** Part-of-whole bars (covered of standard): filled part, grey rest, `part/total (pct)` at the end. */
export function shareChart(bars: ShareBar[], caption: string): Html {
  if (bars.length === 0) return html`<p class="empty">无数据 (no data)</p>`;
  const span = WIDTH - LABEL_WIDTH - 100;
  const height = bars.length * ROW + 8;
  return html`<figure class="chart"><svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${caption}" preserveAspectRatio="xMinYMin meet">${bars.map((bar, i) => {
    const y = 4 + i * ROW;
    const share = bar.total ? bar.part / bar.total : 0;
    const w = Math.round(share * span);
    const pct = `${(share * 100).toFixed(1)}%`;
    return html`<g><title>${bar.label}: ${bar.part}/${bar.total}</title><text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${shorten(bar.label)}</text><rect x="${LABEL_WIDTH}" y="${y + 4}" width="${span}" height="${ROW - 8}" rx="2" fill="#e3e6ea"></rect><rect x="${LABEL_WIDTH}" y="${y + 4}" width="${w}" height="${ROW - 8}" rx="2" fill="#2e8b57"></rect><text x="${LABEL_WIDTH + span + 6}" y="${y + 17}">${bar.part}/${bar.total} ${pct}</text></g>`;
  })}</svg><figcaption>${caption}</figcaption></figure>`;
}

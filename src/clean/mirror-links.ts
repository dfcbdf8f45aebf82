/**
 * Removes links that a mirror rewrote to its own domain: on a line that presents a government website (政府网站,
 * 门户网站 …), a link whose host is not a government domain is not the site the text names. The link is removed and
 * reported (the real address is on the original page); links on other lines, and government links, stay.
 */
import { EMPTY_BRACKETS, GOVERNMENT_DOMAINS, GOVERNMENT_SITE_WORDS, LINK } from './lexicons/mirror-links.js';
import { linePlace } from '../../parsers/shared/lines.js';
import { mapLines } from './lines.js';
import type { Pass } from './types.js';

/** The host of a link or bare host, lower case. */
export function hostOf(link: string): string {
  return link.replace(/^https?:\/\//iu, '').split(/[/:]/u)[0]!.toLowerCase();
}

export function isGovernmentHost(host: string): boolean {
  return GOVERNMENT_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The mirror links of a line: links whose host is not a government domain, on a line that names a government site. */
export function mirrorLinks(line: string): string[] {
  if (!line.includes('.') || !GOVERNMENT_SITE_WORDS.some((w) => line.includes(w))) return [];
  return [...line.matchAll(LINK)].map((m) => m[0]).filter((link) => !isGovernmentHost(hostOf(link)));
}

export const mirrorLinksPass: Pass = {
  id: 'clean/mirror-link',
  description: 'Removes links presented as a government website whose host is not a government domain (mirror rewrites).',
  run(text, ctx) {
    return mapLines(text, (line, i) => {
      const links = mirrorLinks(line);
      if (links.length === 0) return line;
      let next = line;
      for (const link of links) next = next.split(link).join('');
      next = next.replace(EMPTY_BRACKETS, '');
      for (const link of links) {
        ctx.report({
          ruleId: 'clean/mirror-link',
          severity: 'warning',
          message: `Removed link "${link}": the text presents it as a government website, but ${hostOf(link)} is not a government domain (mirrors rewrite links to their own). The real address is on the original page.`,
          place: linePlace(i + 1),
          actual: link,
          expected: '',
        });
      }
      return next;
    });
  },
};

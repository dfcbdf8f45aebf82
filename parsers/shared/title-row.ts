/**
 * The title row above a catalogue's header: `XX县社会保险领域基层政务公开标准目录`, `就业领域基层政务公开标准目录`,
 * `腾冲市人力资源和社会保障局就业领域基层政务公开标准目录`. It names the publisher and the domain (领域).
 */
import { cellText, type Cell } from './cell-grid.js';

export interface CatalogueTitle {
  title: string;
  publisher?: string;
  domain?: string;
}

/** Ends in 目录/清单, maybe followed by a short note in brackets: `…标准目录（补充）`. */
const TITLE = /(?:目录|清单)(?:[（(][^（()）]{1,8}[）)])?$/;
/** Publisher = everything up to the last administrative unit or office before `…领域`. */
const PUBLISHER_DOMAIN = /^(.*?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道|办事处|局|厅|政府|委员会))([^省市县区旗镇乡局厅]{2,12}?)领域/;
const DOMAIN_ONLY = /^(.{2,12}?)领域/;

/** Reads a title from a row whose own text is one distinct string ending in 目录/清单; undefined otherwise. */
export function readTitleRow(row: (Cell | undefined)[]): CatalogueTitle | undefined {
  const texts = new Set(row.filter((c) => c && !c.filledFrom).map((c) => cellText(c)).filter(Boolean));
  if (texts.size !== 1) return undefined;
  const title = [...texts][0]!;
  if (!TITLE.test(title) || title.length > 80) return undefined;
  return parseTitle(title);
}

export function parseTitle(title: string): CatalogueTitle {
  const compact = title.replace(/[\s\u3000]/g, '');
  const full = PUBLISHER_DOMAIN.exec(compact);
  if (full) return { title, publisher: full[1], domain: full[2] };
  const domain = DOMAIN_ONLY.exec(compact);
  return domain ? { title, domain: domain[1] } : { title };
}

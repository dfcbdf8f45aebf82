/**
 * How sure we are that a page is a 政府信息公开工作年度报告 when its tables are not on it: most copies are excerpts, prose
 * only, pre-2019 reports without the national tables, or a blank statistics form. Each cue is a label or a phrase the
 * report format itself prints, so a catalogue row that names the report, or a notice about the format, does not count.
 */
import { isPageChrome } from '../shared/page-meta.js';
import type { SectionRange } from './read-cells.js';
import type { SectionKey } from './skeleton.js';
import { findTitle } from './report-facts.js';

export const TITLE_SCORE = 0.9;
export const SECTIONS_SCORE = 0.8;
export const SELF_REFERENCE_SCORE = 0.8;
export const OVERVIEW_SCORE = 0.6;

/** A report states the period its numbers cover: `本报告中所列数据的统计期限自…`, `本报告统计数据从…`. */
const STATISTICS_PERIOD = /所列数据的?统计(?:期限|时限|期间)|统计(?:期限|时限)自|本(?:年度)?报告统计数据/;
/** A notice or guide about the report format quotes its sections; it is not a report. */
const ABOUT_THE_FORMAT = /年度报告格式|年报格式/;
/** The subject every such report names. */
const SUBJECT = /信息公开|政务公开/;
const YEAR = /(?:19|20)\d{2}\s*年/;
/** The opening of the 概述 section names the year reported on (`2009年,本市…`, `2021年,我镇…`) within its first sentences. */
const OVERVIEW_YEAR_WITHIN = 80;

export function reportCueScore(lines: readonly string[], text: string, sections: Partial<Record<SectionKey, SectionRange>>): number {
  if (ABOUT_THE_FORMAT.test(text)) return 0;
  if (findTitle(lines, isPageChrome)) return TITLE_SCORE;
  // 总体情况 + 主动公开政府信息情况 … : the format's own section titles (概述 alone is also how a catalogue opens).
  const formatSections = (Object.keys(sections) as SectionKey[]).filter((k) => k !== 'overview' || isOverviewOf2021(lines, sections));
  if (formatSections.length >= 2) return SECTIONS_SCORE;
  // The cheap, rare cues first; counting the subject's mentions only when one of them holds.
  if (STATISTICS_PERIOD.test(text)) return namesSubjectTwice(text) ? SELF_REFERENCE_SCORE : 0;
  if (sections.overview && overviewNamesItsYear(lines, sections.overview)) return namesSubjectTwice(text) ? OVERVIEW_SCORE : 0;
  return 0;
}

function namesSubjectTwice(text: string): boolean {
  const first = text.search(SUBJECT);
  return first >= 0 && text.slice(first + 4).search(SUBJECT) >= 0;
}

function isOverviewOf2021(lines: readonly string[], sections: Partial<Record<SectionKey, SectionRange>>): boolean {
  return sections.overview !== undefined && lines[sections.overview.title]!.includes('总体情况');
}

function overviewNamesItsYear(lines: readonly string[], overview: SectionRange): boolean {
  const first = lines.slice(overview.title + 1, overview.end).find((l) => l.trim() && !isPageChrome(l));
  return first !== undefined && YEAR.test(first.trim().slice(0, OVERVIEW_YEAR_WITHIN));
}

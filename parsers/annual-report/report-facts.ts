/** Facts of a report read from its prose: format version, report year, title, and the application count it states. */
import type { ReportFormat } from '../../schemas/annual-report.js';
import { FORMAT_2019_MARKERS, FORMAT_2021_MARKERS } from './skeleton.js';

/** Which national format the headers follow; `unknown` when neither version's own labels appear. */
export function detectFormat(text: string): ReportFormat {
  const flat = text.replace(/[\s\u3000]/g, '');
  const score2019 = FORMAT_2019_MARKERS.filter((m) => flat.includes(m)).length;
  const score2021 = FORMAT_2021_MARKERS.filter((m) => flat.includes(m)).length;
  if (score2019 > score2021) return '2019';
  if (score2021 > 0) return '2021';
  return 'unknown';
}

/**
 * `某局2021年政府信息公开工作年度报告`, `某局政府信息公开工作2021年度报告`, `…年度工作报告`, a note after it (`（全文）`,
 * `范文`), and the statistics form that goes with a report (`某市政府信息公开情况统计报表`).
 */
const TITLE = /(?:信息公开|政务公开).{0,20}(?:年度(?:工作)?报告|统计报表|统计表)(?:[(（][^()（）]{1,12}[)）]|范文|全文)?$/;
/** A sentence, a quoted title (a notice about the format cites 《…年度报告格式》), a crumb trail or a table row is no title. */
const NOT_A_TITLE = /[>|»《》。，,；;：:]|关于/;
const STATISTICS_FORM = /统计(?:报表|表)$/;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;
const HEAD_LINES = 30;

export interface ReportTitle {
  title: string;
  /** Absent when the title names no year (a template, or the year only in the text). */
  year?: number;
  /** What precedes the year (the issuing body), when the title starts with it. */
  issuer?: string;
  /** 0-based line. */
  line: number;
}

/**
 * The report's title line near the top. A title without a year is taken only as the page's first text line, or as the
 * title of a statistics form (whose year is a field to fill in): a bare `政府信息公开工作年度报告` further down is a
 * catalogue row naming the report, not this page's title.
 */
export function findTitle(lines: readonly string[], isChrome: (line: string) => boolean = () => false): ReportTitle | undefined {
  let firstText = true;
  for (let i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
    const s = lines[i]!.trim();
    if (!s || isChrome(s)) continue;
    const first = firstText;
    firstText = false;
    if (s.length > 80 || NOT_A_TITLE.test(s) || !TITLE.test(s)) continue;
    const year = TITLE_YEAR.exec(s);
    if (!year) {
      if (first || STATISTICS_FORM.test(s)) return { title: s, line: i };
      continue;
    }
    // `某局政府信息公开工作2020年度报告`: the issuer is what precedes the subject, not the year.
    const issuer = s.slice(0, year.index).replace(/(?:政府信息公开|信息公开|政务公开).*$/, '').trim();
    return issuer ? { title: s, year: Number(year[1]), issuer, line: i } : { title: s, year: Number(year[1]), line: i };
  }
  return undefined;
}

/** The year the prose names most (ties: the latest): a report talks about its own year. */
export function yearFromProse(prose: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of prose.matchAll(/(?<!\d)(20\d{2})\s*年(?!\d)/g)) {
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: [number, number] | undefined;
  for (const [year, count] of [...counts.entries()].sort((a, b) => a[0] - b[0])) {
    if (!best || count >= best[1]) best = [year, count];
  }
  return best?.[0];
}

/** `全年共收到6次政府信息依申请公开申请`: the count the prose gives, to compare with the §三 table. */
export function applicationsFromProse(prose: string): { count: number; text: string } | undefined {
  const m = /共(?:收到|受理|接收)[^。；;\d]{0,12}?(\d+)\s*(?:次|件|个|份|条|宗)[^。；;，,]{0,20}申请/.exec(prose);
  return m ? { count: Number(m[1]), text: m[0] } : undefined;
}

/**
 * The facts of a 政府信息公开指南 read from its text: `办公地址:…`, `办公时间:…`, `联系电话(传真):…`, `邮政编码:…`,
 * `电子信箱:…` (also several on one line, `电话:…。传真号码:…;邮编:…`), the office named as `由办公室负责` or by a
 * 受理机构 label, the ways to apply (在线/网上, 信函/邮寄, 传真, 当面/现场, 电子邮件) and the sentence on fees.
 */
import type { ApplyChannel, GuideFacts } from '../../schemas/guide-facts.js';

type OfficeKey = keyof NonNullable<GuideFacts['office']>;

/** Labels of the office's contact lines, longest first so `联系电话` wins over `电话`. */
const OFFICE_LABELS: Array<[RegExp, OfficeKey]> = [
  [/^(?:受理机构|受理单位|工作机构|办理机构|机构名称)$/, 'name'],
  [/^(?:办公地址|通讯地址|通信地址|联系地址|受理地址|地址)$/, 'address'],
  [/^(?:办公时间|受理时间|工作时间|接待时间)$/, 'hours'],
  [/^(?:联系电话|咨询电话|办公电话|受理电话|电话)$/, 'phone'],
  [/^(?:传真号码|传真电话|传真)$/, 'fax'],
  [/^(?:邮政编码|邮编)$/, 'postcode'],
  [/^(?:电子信箱|电子邮箱|邮箱|电子邮件|e-?mail)$/i, 'email'],
];
/** `标签:值` pairs; a value runs to the next sentence or clause break. */
const PAIR = /([\u4e00-\u9fffA-Za-z-]{2,6})(?:[(（]([^()（）]{1,6})[)）])?\s*[:：]\s*([^。；;]+?)(?=\s*(?:[。；;]|[，,]\s*[\u4e00-\u9fff]{2,6}[:：]|$))/g;
/** `…政府信息公开工作由办公室负责`: the office that handles the work. */
const HANDLED_BY = /(?:公开工作|申请)(?:的?具体工作)?由([\u4e00-\u9fff（）()]{2,20}?)(?:负责|承办|受理)/;
const APPLY: Array<[RegExp, ApplyChannel]> = [
  [/在线|网上|网络|互联网|门户网站.{0,8}申请|平台.{0,6}申请/, 'online'],
  [/信函|邮寄|邮政/, 'letter'],
  [/传真/, 'fax'],
  [/当面|现场|窗口/, 'in-person'],
  [/电子邮件|电子邮箱/, 'email'],
];
const FEES = /收费|费用|收取.{0,4}费/;
const MAX_FEES = 200;

export function readGuideFacts(lines: readonly string[]): GuideFacts {
  const office: NonNullable<GuideFacts['office']> = {};
  const applyBy = new Set<ApplyChannel>();
  let fees: string | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    for (const m of line.matchAll(PAIR)) {
      const key = officeKey(m[1]!);
      if (!key) continue;
      const value = m[3]!.trim();
      if (!value) continue;
      office[key] ??= key === 'postcode' ? (/\d{6}/.exec(value)?.[0] ?? value) : value;
      // `联系电话(传真):…`: one number for both.
      if (key === 'phone' && m[2] && /传真/.test(m[2])) office.fax ??= value;
    }
    const handler = HANDLED_BY.exec(line)?.[1];
    if (handler) office.name ??= handler;
    if (/申请/.test(line)) for (const [re, channel] of APPLY) if (re.test(line)) applyBy.add(channel);
    if (fees === undefined && FEES.test(line) && /申请|信息|提供/.test(line)) fees = sentenceAround(line, FEES);
  }
  const facts: GuideFacts = {};
  if (Object.keys(office).length) facts.office = office;
  if (applyBy.size) facts.applyBy = APPLY.map(([, c]) => c).filter((c) => applyBy.has(c));
  if (fees) facts.fees = fees;
  return facts;
}

function officeKey(label: string): OfficeKey | undefined {
  return OFFICE_LABELS.find(([re]) => re.test(label))?.[1];
}

/** The sentence of the line that holds the match. */
function sentenceAround(line: string, re: RegExp): string {
  const sentences = line.split(/(?<=[。；;])/);
  const hit = sentences.find((s) => re.test(s)) ?? line;
  return hit.trim().slice(0, MAX_FEES);
}

/**
 * Guides that carry no `…指南` title line, known by what they are made of: a preamble that calls the text 本指南, prose
 * that describes the whole disclosure service (what is published, how to request, how to obtain, what it costs or how
 * to complain), or a table that defines a catalogue's fields (项目 | 内容 | 备注 rows saying how each field is filled:
 * a catalogue's 编制说明, the same kind of page as its 概述).
 */
import { matchLabel } from '../../schemas/field-labels.js';

/** `制定本指南`, `编制本公开指南`, `本政府信息公开指南所称…`: the text names itself a guide. */
const SELF_REFERENCE = /本(?:政府)?(?:信息|资讯)?(?:公开)?指南/;
const PREAMBLE_LINES = 5;

/** The preamble (first lines of text) calls the page 本指南. */
export function callsItselfGuide(lines: readonly string[]): boolean {
  return lines
    .filter((l) => l.trim())
    .slice(0, PREAMBLE_LINES)
    .some((l) => SELF_REFERENCE.test(l));
}

/**
 * The parts of the disclosure service a guide walks the reader through. `资讯`, `管道`, `规费`, `申请提供` are the
 * words of Taiwan's 政府资讯公开法 pages for 信息, 渠道, 收费 and 依申请公开.
 */
const SERVICE_PARTS: RegExp[] = [
  /主动公开/,
  /依申请|申请公开|申请提供|提出申请/,
  /获取方式|取得方式|如何(?:获取|取得|申请|查询)|公开(?:渠道|管道|方式)/,
  /收费|规费|费用|监督|救济|投诉|复议/,
];
/** A law of disclosure cited by name: the service is that law's. */
const DISCLOSURE_LAW = /政府(?:信息|资讯)公开(?:条例|法)/;

/** The text describes every part of the disclosure service and cites the disclosure law. */
export function describesService(text: string): boolean {
  return DISCLOSURE_LAW.test(text) && SERVICE_PARTS.every((re) => re.test(text));
}

/** Header words of a field-definition table: the field column and its description column. */
const FIELD_HEADER = /^(?:项目|字段|字段名称|要素|数据项)$/;
const DESCRIPTION_HEADER = /^(?:内容|说明|填写说明|填报说明|填写要求|备注)$/;
/** A description says how the field is filled. */
const FILL = /填写|必填|选填|填报/;
const HEAD_CELLS = 30;
const MIN_FILL_LINES = 2;
const MIN_FIELD_NAMES = 2;
const MAX_NAME = 16;

/**
 * A table of a catalogue's fields: a 项目/字段 header beside a 内容/说明 header near the top, descriptions that say
 * how to fill the field, and rows named by catalogue column labels (公开时限, 公开范围, `公开方式/不公开理由` …).
 */
export function definesCatalogueFields(lines: readonly string[]): boolean {
  const cells = lines.flatMap((l) => l.split(/\s*[|｜]\s*/)).map((c) => c.replace(/\s/g, '')).filter(Boolean);
  const head = cells.slice(0, HEAD_CELLS);
  if (!head.some((c) => FIELD_HEADER.test(c)) || !head.some((c) => DESCRIPTION_HEADER.test(c))) return false;
  const fillLines = cells.filter((c) => FILL.test(c)).length;
  const names = new Set(
    cells.filter((c) => c.length <= MAX_NAME).flatMap((c) => c.split(/[/／、]/)).filter((part) => matchLabel(part) !== undefined && !/^(?:序号|编号)$/.test(part)),
  );
  return fillLines >= MIN_FILL_LINES && names.size >= MIN_FIELD_NAMES;
}

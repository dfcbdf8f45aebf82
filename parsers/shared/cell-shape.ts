/**
 * What a cell holds, told by its shape alone: a 序号, a tick, a 《…》 citation, a time phrase, a channel list, a link or
 * plain text. Renderings drop merged cells and move empty cells to the end of a row, so a row's cells no longer sit
 * under their header; these shapes, and how well each fits a kind of column, let the decoder put them back.
 */
import type { ColumnTarget } from './header-band.js';
import { BOX_CHECKED, BOX_UNCHECKED, isFlagGlyph } from './flag-glyphs.js';

/**
 * A tick or box symbol. The words a flag column may hold (是, 无, 否, 有) are ordinary text in any other column
 * (公开依据 = 无), so only symbols tell a cell's column by its shape.
 */
function isTickSymbol(t: string): boolean {
  return isFlagGlyph(t) && !/[是有否无]/.test(t);
}

export type CellShape = 'empty' | 'number' | 'flag' | 'citation' | 'time' | 'channel' | 'url' | 'text' | 'long-text';

/** The kinds of column a shape is matched against. */
export type ColumnKind =
  | 'code' | 'level' | 'content' | 'basis' | 'clauses' | 'channels' | 'timeLimit' | 'responsible' | 'flag' | 'word' | 'extra';

const NUMBER = /^\d{1,3}(?:[.．]\d{1,3})*[.．、]?$/;
const URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** A time phrase: an amount of time or a rhythm, and a word that anchors it (…之日起20个工作日内, 每年1月底前, 及时公开). */
const TIME_AMOUNT =
  /(?<![\d.])\d{1,3}\s*个?\s*(?:工\s*作\s*日|日|天|小时|个月|月|周)|[一二三四五六七八九十两]+\s*个?\s*(?:工作日|日|天|小时|个月|月|周|年)|每(?:年|季|月|周)|按(?:年|季|月)|及时|实时|随时|长期|同步|常态|动态|定期|任期内/;
const TIME_ANCHOR = /内|前|起|之日|及时|实时|随时|长期|同步|常态|动态|定期|每|按|后/;
const CHANNEL_WORD =
  /网站|网$|公报|公示栏|公告栏|宣传栏|服务中心|服务站|服务点|大厅|窗口|平台|媒体|报刊|报纸|广播|电视|微信|微博|客户端|两微一端|APP|短信|电子屏|发布会|听证会|查阅点|入户|现场|精准推送|新闻/i;
const LIST_SEPARATOR = /[、,，;；/\s]+/;
/** A cited law or document: 《…法》, 《…条例》, 《…办法》 … (《就业创业证》 is a certificate, not a citation). */
const CITED_LAW =
  /《[^》]{2,80}(?:法|条例|條例|办法|辦法|规定|規定|意见|意見|通知|决定|決定|细则|細則|规则|規則|纲要|綱要|方案|标准|標準|规范|規範|指南|令|规程|規程|制度|规划|規劃)(?:[(（][^》]{0,20}[)）])?》/;
const LEADING_CITATION = /^(?:\d{1,2}[.、．]\s*)?《/;
/** A cell that says "as above" (同上, 同上。, 同上述): it takes the value of the cell above it. */
export const DITTO = /^同上(?:[。.]|述)?$/;
/** Text this long is prose (公开内容, 条款内容), not a name or a unit. */
const LONG = 40;

function hasBox(t: string): boolean {
  for (const ch of t) if (BOX_CHECKED.includes(ch) || BOX_UNCHECKED.includes(ch)) return true;
  return false;
}

/** A list of channels: boxes before channel words (`■政府网站 □政府公报`), or words that are all channels. */
export function looksLikeChannelList(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 300) return false;
  if (hasBox(t) && CHANNEL_WORD.test(t) && !isTickSymbol(t)) return true;
  if (t.length > 40) return false;
  const words = t.split(LIST_SEPARATOR).map((w) => w.replace(/等$/, '')).filter(Boolean);
  return words.length > 0 && words.every((w) => w.length <= 14 && CHANNEL_WORD.test(w));
}

export function looksLikeTimePhrase(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 90 && !t.includes('《') && TIME_AMOUNT.test(t) && TIME_ANCHOR.test(t);
}

export function cellShape(text: string): CellShape {
  const t = text.trim();
  if (!t) return 'empty';
  if (isTickSymbol(t)) return 'flag';
  if (NUMBER.test(t)) return 'number';
  if (URL.test(t)) return 'url';
  // A cell that opens with a cited law (`1.《…条例》第二十条…`) is a 公开依据 however long its quoted articles run.
  if ((t.length <= 300 || LEADING_CITATION.test(t)) && CITED_LAW.test(t)) return 'citation';
  if (looksLikeTimePhrase(t)) return 'time';
  if (looksLikeChannelList(t)) return 'channel';
  // A sentence (ends in 。 or ；) or a list of elements (机构名称、主要职能和联系方式、…) is prose however short:
  // names and units are neither.
  return t.length > LONG || /[。；;]$/.test(t) || (t.match(/[、，,；;]/g)?.length ?? 0) >= 2 ? 'long-text' : 'text';
}

export function columnKind(target: ColumnTarget): ColumnKind {
  if ('flag' in target) return 'flag';
  if ('extra' in target) return 'extra';
  switch (target.field) {
    case 'code':
      return 'code';
    case 'content':
    case 'basis':
    case 'clauses':
    case 'channels':
    case 'timeLimit':
    case 'responsible':
      return target.field;
    case 'audience':
    case 'mode':
    case 'levels':
      return 'word';
    default:
      // level1…level6, name, category, publisher, publishedAt: short naming text.
      return 'level';
  }
}

/**
 * How well a cell of `shape` fits a column of `kind`: positive = expected there, negative = out of place.
 * The strong negatives are the rules the decoder must never break: a tick, a channel list, a citation or a time
 * phrase is never a name, and a number is never a level.
 */
const FIT: Record<Exclude<CellShape, 'empty'>, Partial<Record<ColumnKind, number>> & { other: number }> = {
  number: { code: 3, extra: 0, other: -3 },
  flag: { flag: 3, extra: -1, other: -6 },
  citation: { basis: 3, clauses: 2, content: 1, extra: 0.5, level: -4, other: -2 },
  time: { timeLimit: 3, content: 0, clauses: 0, extra: 0, level: -4, other: -2 },
  channel: { channels: 3, extra: 0.5, content: 0, level: -4, other: -2 },
  url: { extra: 1, other: -1 },
  text: { level: 1, responsible: 1, word: 0.5, content: 0.5, extra: 0.5, clauses: 0, channels: -0.5, basis: -0.5, timeLimit: -1, code: -3, flag: -4, other: -1 },
  'long-text': { content: 2, clauses: 1.5, basis: 0.5, extra: 0.5, level: -2, responsible: -0.5, timeLimit: -1, channels: -1, code: -3, flag: -4, other: -1 },
};

export function fit(shape: CellShape, kind: ColumnKind): number {
  if (shape === 'empty') return 0;
  const row = FIT[shape];
  return row[kind] ?? row.other;
}

export type BadName = 'empty' | 'flag' | 'channel';

/** Why a text cannot be an item's name (a tick, a channel list, nothing), else undefined. */
export function badNameReason(name: string): BadName | undefined {
  const t = name.trim();
  if (!t) return 'empty';
  if (isTickSymbol(t)) return 'flag';
  if (hasBox(t) && looksLikeChannelList(t)) return 'channel';
  const words = t.split(LIST_SEPARATOR).filter(Boolean);
  if (words.length >= 2 && looksLikeChannelList(t)) return 'channel';
  return undefined;
}

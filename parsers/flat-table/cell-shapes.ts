/**
 * What a lone table cell looks like, without knowing its column: a serial number, a tick, a 《…》 citation, a time
 * phrase, a channel list, an office name, a short name or long prose. Renderings that lost their empty cells (or
 * their row breaks) are lined up with the header by these shapes; each predicate is a cheap test, not a parser.
 */
import { matchLabel } from '../../schemas/field-labels.js';
import { DITTO } from '../shared/cell-shape.js';
import { decodeFlag } from '../shared/flag-glyphs.js';

export type CellShape = 'empty' | 'serial' | 'tick' | 'citation' | 'time' | 'channel' | 'unit' | 'ditto' | 'label' | 'short' | 'long';

/** A row number: `1`, `12`, `3、`, `4.`. */
const SERIAL = /^\d{1,4}[.、．]?$/;
/** Starts with a citation, maybe after a list number: `《条例》…`, `1.《…》`, `<关于…>`. */
const CITATION = /^(?:[(（]?\d{1,2}[.、．)）]\s*)?[《<〈]/;
/** The deadline phrasings of 公开时限: counted ones (之日起20个工作日内) anywhere in a cell of a sentence or two … */
const TIME = /之日起|工作日|日内|天内|个月内|小时内|日前|前公开|办结后|结束后/;
/** … and loose ones (及时公开, 每年1月31日前, 长期) only in a short cell, as prose says 及时更新 too. */
const LOOSE_TIME = /及时|实时|即时|随时|每年|每季|每月|每半年|定期|长期|常态化|动态更新|之前/;
const LOOSE_TIME_LENGTH = 20;
/** Channel words of 公开渠道和载体, or a checkbox glyph right before a word (`■政府网站`, `þ 政府网站`). */
const CHANNEL = /网站|公报|公示栏|公告栏|宣传栏|政务新媒体|两微一端|微信|微博|客户端|报刊|报纸|广播|电视|发布会|听证会|查阅点|政务服务中心|便民服务|服务站|服务点|入户|现场|电子屏|精准推送/;
const BOXED = /^[■□☑☐√þR£¨]\s*\S/;
/** An office or unit: ends in 局/办公室/科/政府/部门 …, possibly followed by a bracketed note. */
const UNIT_END = /(?:局|厅|委|委员会|办|办公室|科|股|室|处|部门|部|政府|中心|办事处|街道|镇|乡|单位|机构|分局|队|所|站|院|馆|组|司|会)$/;

/** Longest text still taken for a name or an office; longer cells read as prose. */
export const SHORT_CELL = 32;

export function cellShape(raw: string): CellShape {
  const text = raw.trim();
  if (!text) return 'empty';
  if (SERIAL.test(text)) return 'serial';
  if (decodeFlag(text) !== 'unknown' || /^(?:[√✓✔]\s*)+$/.test(text)) return 'tick';
  if (DITTO.test(text)) return 'ditto';
  // A header word as a value (公开范围 = 全社会, 公开方式 = 主动公开, a 要素 list of 事项名称 …): not an item's name.
  if (matchLabel(text)) return 'label';
  if (CITATION.test(text)) return 'citation';
  const flat = text.replace(/\s+/g, '');
  if (BOXED.test(text) || (flat.length <= 80 && CHANNEL.test(flat) && !/[《》]/.test(flat) && channelDominates(flat))) return 'channel';
  if ((flat.length <= 80 && TIME.test(flat)) || (flat.length <= LOOSE_TIME_LENGTH && LOOSE_TIME.test(flat))) return 'time';
  if (flat.length <= SHORT_CELL && UNIT_END.test(flat.replace(/[(（][^()（）]*[)）]$/, ''))) return 'unit';
  // A list of 要素 (`名称;职责;地址`) is prose, however short: names do not hold semicolons.
  return flat.length <= SHORT_CELL && !/[;；]/.test(flat) ? 'short' : 'long';
}

/** Channel lists are made of channel words and separators; a sentence that mentions a website is not one. */
function channelDominates(flat: string): boolean {
  const parts = flat.split(/[、,，;；/■□☑☐√þ\s]+/).filter(Boolean);
  const channels = parts.filter((p) => CHANNEL.test(p) || /平台|中心|大厅|窗口|栏|屏|网$/.test(p)).length;
  return channels * 2 >= parts.length;
}

/** A list item that continues a cell: `2.对象范围`, `(三)…`, `●…`. */
export function isListItem(raw: string): boolean {
  return /^(?:\d{1,2}[.、．]\D|[(（][一二三四五六七八九十\d]{1,3}[)）]|[●•·◆■□-])/.test(raw.trim());
}

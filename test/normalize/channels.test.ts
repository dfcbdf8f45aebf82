import { describe, expect, it } from 'vitest';
import { CANONICAL_CHANNELS } from '../../src/normalize/channel-vocabulary.js';
import { parseChannels } from '../../src/normalize/channels.js';

const BOARD = '社区/企事业单位/村公示栏(电子屏)';

const CASES: [string, string, string[]][] = [
  ['seeds 000 and 001', '政府网站', ['政府网站']],
  ['plain comma list (wugang)', '政府网站,政务服务中心,基层公共服务平台', ['政府网站', '政务服务中心', '基层公共服务平台']],
  ['the 13 boxes, some checked (Sanmen layout)',
    '■政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 ■政务服务中心 □便民服务站 □入户/现场 ■社区/企事业单位/村公示栏(电子屏) □精准推送 ■其他 基层公共服务平台',
    ['政府网站', '两微一端', '政务服务中心', BOARD, '基层公共服务平台']],
  ['boxes without spaces', '□政府网站□政务服务中心■便民服务站■入户/现场', ['便民服务站', '入户/现场']],
  ['named sites in Traditional script (和平县)', '■和平縣人民政府門戶網站 ■和平縣人社局一樓社會保險服務大廳辦事窗口', ['政府网站', '政务服务中心']],
  ['Wingdings þ/£ (Songjiang)', 'þ政府网站 £政府公报 þ两微一端', ['政府网站', '两微一端']],
  ['Wingdings R/£ (zgul)', 'R政府网站 £政府公报 R两微一端 R公共资源交易平台', ['政府网站', '两微一端', '公共资源交易平台']],
  ['OCR 口 as an unchecked box', '口政府网站 ■政务服务中心 口便民服务站', ['政务服务中心']],
  ['OCR 口 without spaces', '■政府网站口政务服务中心口便民服务站', ['政府网站']],
  ['口 inside a word is not a box', '■政务服务大厅办事窗口 ■政府网站', ['政务服务中心', '政府网站']],
  ['√ checked', '√政府网站 □其他', ['政府网站']],
  ['all unchecked', '□政府网站 □政务服务中心', []],
  ['synonyms', '政府门户网站、人社官网、微信公众号、政务微博、客户端、12333咨询电话、公示栏、线下公示栏、政务服务大厅、行政服务中心',
    ['政府网站', '两微一端', '12333', BOARD, '政务服务中心']],
  ['more synonyms', '村委会公示栏(电子屏);单位/村委会公示栏(电子屏);政府网站常规公开;新闻发布会;报刊;入户上门', [BOARD, '政府网站', '发布会/听证会', '纸质媒体', '入户/现场']],
  ['extras of the channel vocabulary', '信用中国网站、三务公开、会议、乡镇便民服务中心、社会保障和为民服务中心公开查阅点', ['信用中国网站', '三务公开', '会议', '便民服务中心', '公开查阅点']],
  ['其他 followed by text', '其他基层公共服务平台', ['基层公共服务平台']],
  ['其他 with a colon', '其他:乡镇党委会议', ['乡镇党委会议']],
  ['其他 alone is the box', '政府网站、其他', ['政府网站', '其他']],
  ['unknown values kept verbatim', '政府網站、手機短信、自助終端', ['政府网站', '手機短信', '自助終端']],
  ['slash inside a box name is not a separator', '入户/现场、发布会/听证会', ['入户/现场', '发布会/听证会']],
  ['slash between values is', '网站/微信', ['网站', '两微一端']],
  ['parentheses keep their commas', '政府网站(www.example.gov.cn,移动版)', ['政府网站(www.example.gov.cn,移动版)']],
  ['duplicates removed, order kept', '政务服务大厅 政府网站 政务服务中心\n政府网站', ['政务服务中心', '政府网站']],
  ['full-width separators and spaces', '政府网站，　政务服务中心；两微一端', ['政府网站', '政务服务中心', '两微一端']],
  ['names of Object.prototype are plain values', 'constructor、valueOf', ['constructor', 'valueOf']],
  ['empty', '', []],
];

describe('parseChannels', () => {
  it.each(CASES)('%s: %s', (_name, text, expected) => {
    expect(parseChannels(text)).toEqual(expected);
  });

  it('maps every canonical name to itself', () => {
    for (const c of CANONICAL_CHANNELS) expect(parseChannels(c)).toEqual([c]);
  });
});

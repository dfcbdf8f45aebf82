/**
 * The benchmark's .docx corpus, generated at run time (never committed): documents built from the samples' lines, a
 * title paragraph and the body as paragraphs, and every third one a 标准目录 table with its 一级事项 merged down
 * (w:vMerge). Deterministic: the same options give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { documentXml, docxParts, type BlockSpec, type CellSpec } from './word-xml.js';

const HEADER = ['序号', '一级事项', '二级事项', '公开内容', '公开依据', '公开时限', '公开主体', '主动公开', '依申请公开'];

/** A 标准目录 table of `rows` rows, five rows to each 一级事项. */
function catalogueTable(index: number, rows: number): CellSpec[][] {
  const body = Array.from({ length: rows }, (_, r): CellSpec[] => [
    { text: String(r + 1) },
    r % 5 === 0 ? { text: `一级事项${index}-${r / 5 + 1}`, vMerge: 'restart' } : { text: '', vMerge: 'continue' },
    { text: `二级事项${index}-${r + 1}` },
    { text: `第${r + 1}项的服务对象、办理条件、办理流程` },
    { text: '《中华人民共和国政府信息公开条例》' },
    { text: r % 2 ? '信息形成或变更之日起20个工作日内' : '实时公开' },
    { text: '县人力资源社会保障局' },
    { text: '√' },
    { text: r % 3 ? '√' : '' },
  ]);
  return [HEADER.map((text) => ({ text })), ...body];
}

function buildDocx(samples: string[][], index: number): Buffer {
  const lines = samples[index % samples.length]!.filter((l) => l.trim() !== '');
  const offset = (index * 7) % Math.max(1, lines.length - 60);
  const blocks: BlockSpec[] = index % 3 === 2
    ? [{ text: `XX县第${index}号领域基层政务公开标准目录`, title: true, centered: true }, { rows: catalogueTable(index, 40) }]
    : lines.slice(offset, offset + 60).map((text, i) => (i === 0 ? { text, title: true } : { text }));
  const container = XLSX.CFB.utils.cfb_new();
  for (const [name, content] of docxParts(documentXml(blocks))) XLSX.CFB.utils.cfb_add(container, name, content);
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array);
}

/** Writes `count` .docx files into `dir`. */
export function writeDocxCorpus(samples: string[][], dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `doc-${String(i).padStart(4, '0')}.docx`), buildDocx(samples, i));
}

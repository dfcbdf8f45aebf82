/**
 * WordprocessingML for generated Word documents (the benchmark's .docx corpus and the tests' Word files): a document
 * described as paragraphs and tables, written as the parts of a .docx package. Zipping is the caller's.
 */

export interface ParagraphSpec {
  text: string;
  /** Written with the Title style (docx) — the .doc writer has no styles and writes it plain. */
  title?: boolean;
  centered?: boolean;
  /** Numbered automatically by list `numId` (word/numbering.xml) at `level` (.docx only). */
  list?: { numId: number; level?: number };
}

export interface CellSpec {
  /** Paragraphs of the cell. */
  text: string | string[];
  /** Grid columns spanned. */
  span?: number;
  vMerge?: 'restart' | 'continue';
  /** A table nested in the cell, after its paragraphs (.docx only). */
  table?: CellSpec[][];
}

export type BlockSpec = ParagraphSpec | { rows: CellSpec[][] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const paras = (text: string | string[]) => (Array.isArray(text) ? text : [text]);

function paragraphXml(p: ParagraphSpec): string {
  const list = p.list ? `<w:numPr><w:ilvl w:val="${p.list.level ?? 0}"/><w:numId w:val="${p.list.numId}"/></w:numPr>` : '';
  const props = `${p.title ? '<w:pStyle w:val="Title"/>' : ''}${list}${p.centered ? '<w:jc w:val="center"/>' : ''}`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(p.text)}</w:t></w:r></w:p>`;
}

function tableXml(rows: CellSpec[][]): string {
  const cell = (c: CellSpec) => {
    const props = `${c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''}${c.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : c.vMerge ? '<w:vMerge/>' : ''}`;
    const body = paras(c.text).map((t) => paragraphXml({ text: t })).join('') + (c.table ? tableXml(c.table) + '<w:p/>' : '');
    return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${body}</w:tc>`;
  };
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);

/** The document.xml of the blocks. */
export function documentXml(blocks: BlockSpec[]): Buffer {
  const body = blocks.map((b) => ('rows' in b ? tableXml(b.rows) + '<w:p/>' : paragraphXml(b))).join('');
  return xml(`<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`);
}

/** The parts of a .docx package around `documentPart` (word/document.xml), with a styles part that defines Title. */
export function docxParts(documentPart: Buffer): [name: string, content: Buffer][] {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    ['[Content_Types].xml', xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')],
    ['_rels/.rels', xml(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`)],
    ['word/document.xml', documentPart],
    ['word/styles.xml', xml(`<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>`)],
  ];
}

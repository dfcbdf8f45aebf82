/** Hand-built OpenDocument spreadsheets (flat .fods and zipped .ods) whose XML no spreadsheet program would write. */
import { zip } from './zip.js';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
export const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** A text cell, optionally repeated across columns. */
export const odfCell = (text: string, repeat = 1) =>
  `<table:table-cell office:value-type="string"${repeat > 1 ? ` table:number-columns-repeated="${repeat}"` : ''}><text:p>${text}</text:p></table:table-cell>`;
/** A row of cells, optionally repeated down. */
export const odfRow = (cells: string[], repeat = 1) =>
  `<table:table-row${repeat > 1 ? ` table:number-rows-repeated="${repeat}"` : ''}>${cells.join('')}</table:table-row>`;

const body = (tables: { name: string; rows: string[] }[]) =>
  `<office:body><office:spreadsheet>${tables.map((t) => `<table:table table:name="${t.name}">${t.rows.join('')}</table:table>`).join('')}</office:spreadsheet></office:body>`;

/** A flat .fods document of the given sheets. */
export function fods(tables: { name: string; rows: string[] }[]): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NS} office:version="1.2" office:mimetype="${ODS_MIMETYPE}">${body(tables)}</office:document>`);
}

/** content.xml of an .ods holding the given sheets. */
export const odsContent = (tables: { name: string; rows: string[] }[]): Buffer =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS}>${body(tables)}</office:document-content>`);

/** content.xml whose one cell holds `bytes` A's (a zip bomb once deflated). */
export const odsBombContent = (bytes: number): Buffer[] => [
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS}><office:body><office:spreadsheet><table:table table:name="S1"><table:table-row><table:table-cell office:value-type="string"><text:p>`),
  Buffer.alloc(bytes, 0x41),
  Buffer.from('</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>'),
];

/** An .ods zip (mimetype stored first, as the format asks) whose content.xml is the concatenated `content`. */
export function ods(content: Buffer | Buffer[]): Buffer {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="${ODS_MIMETYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  const xml = Buffer.isBuffer(content) ? content : Buffer.concat(content);
  return zip([['mimetype', Buffer.from(ODS_MIMETYPE)], ['META-INF/manifest.xml', Buffer.from(manifest)], ['styles.xml', Buffer.from(`<office:document-styles ${NS}/>`)], ['content.xml', xml]], { stored: ['mimetype'] });
}

/** A notice (通知) as a PDF: a large title, the addressees, indented paragraphs wrapped at the margin, 附件 lines, signature. */
import { textWidth, writePdf, type PdfText } from '../helpers/pdf-writer.js';
import { wrap } from '../formats/make-pdf.js';

export const NOTICE_TITLE = 'XX县人民政府办公室关于做好2024年政务公开工作的通知';
export const PARAGRAPHS = [
  '为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步做好基层政务公开标准化规范化工作，经县人民政府同意，现将有关事项通知如下。',
  '一、各单位要对照本领域基层政务公开标准目录，于2024年6月30日前完成本单位政务公开事项目录的编制和发布工作。',
  '二、各乡镇人民政府要指定专人负责目录的日常维护，信息形成或变更之日起20个工作日内及时更新。',
];
export const ATTACHMENTS = ['XX县就业领域基层政务公开标准目录.xlsx', 'XX县社会保险领域基层政务公开标准目录.pdf'];

const LEFT = 72;
const WIDTH = 451;
const SIZE = 12;
const PITCH = 22;

export function noticePdf(): Uint8Array {
  const texts: PdfText[] = [];
  let y = 760;
  const line = (text: string, x = LEFT, size = SIZE): void => {
    texts.push({ x, y, text, size });
    y -= PITCH;
  };
  // The title, wrapped over two centred lines as official documents print it.
  for (const part of wrap(NOTICE_TITLE, 340, 18)) line(part, (595 - textWidth(part, 18)) / 2, 18);
  y -= 10;
  line('各乡镇人民政府，县直各单位：');
  for (const p of PARAGRAPHS) {
    // The first line is indented by two characters; the rest start at the margin.
    const [first, ...rest] = wrap(p, WIDTH - 2 * SIZE, SIZE);
    line(first!, LEFT + 2 * SIZE);
    for (const r of wrap(p.slice(first!.length), WIDTH, SIZE)) line(r);
    void rest;
  }
  line(`附件：1.${ATTACHMENTS[0]}`, LEFT + 2 * SIZE);
  line(`2.${ATTACHMENTS[1]}`, LEFT + 5 * SIZE);
  y -= PITCH;
  line('XX县人民政府办公室', 360);
  line('2024年3月5日', 372);
  return writePdf([{ texts }]);
}

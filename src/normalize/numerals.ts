/** Chinese numerals: one reader for parsers and normalizers alike (parsers/shared/chinese-number.ts). */
export { CHINESE_NUMERAL_CHARS, parseChineseNumber, toAsciiDigits } from '../../parsers/shared/chinese-number.js';

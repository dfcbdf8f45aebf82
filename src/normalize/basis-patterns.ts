/** Shapes of the parts of a 公开依据 citation (seeds 000/001). */

const NUMERAL = '[\\d零〇一二两三四五六七八九十百千]+';

/** `第五十一条第三款`, `第二十条之一`, `第三项`, or `全文`. Anchored: used at the reading position. */
export const ARTICLE = new RegExp(`^(?:第${NUMERAL}条(?:之${NUMERAL})?(?:第${NUMERAL}款)?(?:第${NUMERAL}项)?|第${NUMERAL}[款项]|全文)`);

/** Between two articles of one law: `第十四条、第十五条`, `第三条和第五条`. */
export const ARTICLE_JOINER = /^[\s、,，和及与]*(?=第|全文)/;

/** A parenthesis right after 》: `(国务院令第711号)`, `( 财预〔2021〕29号)`, `(2018年修正)`. */
export const PAREN = /^\s*[(（]([^()（）]*)[)）]/;

/** What makes a parenthesis a document number or version note rather than a remark like `(以下简称…)` or `(六)`. */
export const DOC_NUMBER = new RegExp(`(${NUMERAL}号$|〔\\d{4}〕|\\[\\d{4}\\]|\\d{4}年.*(修正|修订|修改|公布|施行))`);

/**
 * A law named without 《》 (`预算法 第十四条`). Only short statute-like names qualify, so that quoted legal text
 * (`…依照本条例第十九条的规定`) is not mistaken for a title.
 */
export const BARE_TITLE = /^(?!本|该|此|按照|依照|根据|依据|有关|相关|国家有关)[\u4e00-\u9fff]{1,38}?(?:法|条例|实施细则)(?=第|全文|[(（]|$)/;
export const BARE_TITLE_EXCLUDES = /(有关|相关|应当|的)/;

/** List numbering in front of a citation. */
export const NUMBERING = /^(\d{1,2}[.、．)]|[(（]\d{1,2}[)）]|[①-⑳])/;

/** Separators between citations of one cell, including list numbering (`1.` `2、` `(3)` `④`). */
export const SEPARATORS = /(?:^|(?<=[\s;；、,，。]))(?:\d{1,2}[.、．)]|[(（]\d{1,2}[)）]|[①-⑳])|[\s;；、,，。:："“”]+/g;

/** Words left between citations that carry nothing (`根据《…》和《…》`). */
export const CONNECTIVES = /^(和|及|以及|与|等|根据|依据|依照|按照)$/;

/**
 * Mojibake runs: characters lost in a bad decode (`??|??`, seed 001 line 5) and UTF-8 bytes read
 * as GBK (`璁句负棣栭〉` = 设为首页). The GBK case is detected by re-encoding a run and reading it back as UTF-8.
 */

/**
 * Lost characters shown as question marks, alone or joined by pipes (`??|??`, `???`), also glued to the characters
 * around them (`□两微一端??????`). Not next to ASCII letters, digits or URL punctuation: `?a=1` and `x??y` in a link
 * or code stay.
 */
export const LOST_CHARACTERS = /(?<![A-Za-z0-9=&%/?])\?{2,}(?:\s*[|｜]\s*\?{2,})*(?![A-Za-z0-9=&%?])/gu;

/** Shortest run (characters) tested for the GBK misreading; short runs decode by chance. */
export const MIN_MOJIBAKE_RUN = 4;

/** Longest run tested: misread chrome labels are short, and a paragraph without spaces is one long run. */
export const MAX_MOJIBAKE_RUN = 120;

/** Most replacement characters (share of the decoded text) a run may yield and still count as mojibake. */
export const MAX_LOST_SHARE = 0.25;

/** Damage that is mojibake on its own: the replacement character and 锟斤拷 (U+FFFD pairs encoded and read as GBK). */
export const DAMAGE_MARKERS = ['\uFFFD', '锟斤拷'] as const;

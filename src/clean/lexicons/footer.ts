/**
 * Footer markers. The page is cut at the earliest strong marker, and only when that marker
 * lies in the last part of the text (a published cleaner accepts cuts in the last 55%); weak markers are a
 * fallback. A cut never removes a long tail: that would be body text, not a footer.
 * Both scripts are written out: the HTML steps judge blocks before Traditional → Simplified conversion.
 */
export const FOOTER_STRONG = [
  /违法和不良信息举报|違法和不良信息舉報/u,
  /举报邮箱|舉報郵箱/u,
  /网站标识码|網站標識碼/u,
  /政府综合服务热线|政府綜合服務熱線/u,
  /公安备案号|公安備案號/u,
  /公网安备|公網安備/u,
  /公安[备備]\s*[:：]?\s*\d/u,
  /ICP[备備證证]/iu,
  /Copyright|版权所有|版權所有|All Rights Reserved/iu,
];

/** Weak markers only count at the start of a line (`主办单位:`, `技术支持:`), never inside prose (`主办的行政机关`). */
export const FOOTER_WEAK = [
  /^\s*(?:主办单位|主辦單位|主办|主辦|承办单位|承辦單位|承办|承辦|技术支持|技術支持|网站维护|網站維護|联系电话|聯繫電話|地址)\s*[:：]/u,
  /^\s*(?:网站地图|網站地圖)\s*$/u,
];

/** The marker must start in this last share of the text (by characters). */
export const FOOTER_ZONE = 0.45;

/** Longest tail (non-blank lines) a footer cut may remove. */
export const FOOTER_MAX_LINES = 15;

/** Longest tail (characters) a footer cut may remove. */
export const FOOTER_MAX_CHARS = 1200;

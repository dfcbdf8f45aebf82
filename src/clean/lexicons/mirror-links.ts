/**
 * Mirror farms rewrite the government site's links to their own domain (e.g. `望奎县人民政府网站。网址:
 * http://www.jrksq.com`). A link the text presents as a government website must be on a government domain.
 */

/** Government domains: the host is one of these or ends with `.` + one of these. */
export const GOVERNMENT_DOMAINS = ['gov.cn', 'gov', 'gov.tw', 'gov.hk', 'gov.mo', '政务'] as const;

/** Words that present a link as a government website (Simplified: the pass runs after script conversion). */
export const GOVERNMENT_SITE_WORDS = ['政府网站', '门户网站', '政府网', '信息公开网', '政务网', '政务公开网', '政务服务网'] as const;

/**
 * A link or a bare host: `http://host/path`, or `www.host.com`, `m.5121177.com` (two labels or more, ending in a
 * top-level domain). Not preceded by `@` or a host character, so mail addresses and file names stay whole.
 */
export const LINK =
  /(?<![@\w.-])(?:https?:\/\/[\w.-]+|(?:[A-Za-z0-9-]+\.)+(?:com|cn|net|org|info|cc|top|vip|xyz|site|tw|hk|mo|gov|edu))(?::\d+)?(?:\/[^\s()（）<>"'“”，。；、|｜]*)?(?![\w.-])/gu;

/** Brackets or quotes left empty when the link inside them goes (`网站()`, `“”`). */
export const EMPTY_BRACKETS = /[(（][\s:：]*[)）]|“\s*”|"\s*"/gu;

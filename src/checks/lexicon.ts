/**
 * Small lexicons for the residual-text checks (spam, Traditional script, mojibake).
 * These should be shared with the cleaning passes (src/clean/), which remove the same things upstream:
 * a check only finds what cleaning left behind. Until the two are unified, keep them in step by hand.
 */

/**
 * Spam tokens that never occur in a genuine disclosure catalogue (domain.md §6): gambling brands and
 * porn-site keyword fragments. One is enough to flag a field.
 */
export const SPAM_STRONG = [
  '365体育', '体育官网', '娱乐城', '娛樂城', '赌场', '賭場', '博彩', '老虎机', '水果机', '新葡京', '威尼斯人', '美高梅',
  'pg电子', '无码', '一区二区', '中文字幕', '人妻', '少妇', '在线观看', 'A片', '棋牌', '真人视讯', '澳門賭場', '澳门赌场',
  '成人精品', '国产精品', '精品一区',
];

/**
 * Tokens that are spam inside a keyword run but legitimate in prose (体育局, 社会福利彩票, 成人教育, 视频会议):
 * only three distinct ones on a line that is a |/_/comma-joined keyword run flag it.
 */
export const SPAM_WEAK = ['体育', '官网', '娱乐', '彩票', '成人', '国产', '精品', '视频', '午夜', '福利', '免费', '在线'];
export const SPAM_WEAK_THRESHOLD = 3;

/**
 * Traditional-only characters (their Simplified forms differ), most frequent first as counted in the
 * Traditional-script seed (samples/004). Characters shared by both scripts are deliberately absent.
 */
export const TRADITIONAL_CHARS =
  '開務會項業險領層標錄準時級對關辦規眾體資導應發點動確進為強實與兩個問廳國區監門機認結參見將據給組積極統際縣調條載戶設請試識決稱讀傳權獲堅圍況細綜適內單線詢講織瀏覽們執號總礎義簡舉創黨構鄉鎮擴審編補還說網電視題報種輿蹤風無礙長間數轄產團經現議匯勵斷習貫徹屆繞盡過疊沒寫優壓縮欄終話廣態聞樂語讓訴熱難隱論闡觀張穩聲計樣驟這緊釋備來掃碼庫靈頂後變於處';

/**
 * Characters produced when UTF-8 bytes are decoded as GBK (e.g. 设为首页 → 璁句负棣栭〉), chosen among the most
 * frequent in such output and absent from ordinary government text. Two distinct ones in a field flag it.
 */
export const MOJIBAKE_CHARS = '銆鍏鏀涓垮紑淇鍙簻鍔鍗鏈瀹姟鍜叕鍐鐨搴鏉鍥鍚鎵鏂缁绗璐闄鍒灞缃锛鎭璁棣栭椤鑱鎴瑙';
export const MOJIBAKE_THRESHOLD = 2;

/** Byte-level damage that is mojibake on its own: the replacement character and the classic 锟斤拷. */
export const MOJIBAKE_MARKERS = ['\uFFFD', '锟斤拷'];

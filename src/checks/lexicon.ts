/**
 * Lexicons of the check/residual-traditional and check/mojibake rules. Spam is checked with the cleaning lexicons
 * (src/clean/spam-terms.ts). Traditional stays a hand list: the script pass's opencc class also marks characters
 * of GBK mojibake (璁句负棣栭〉) as Traditional, which would double-report what check/mojibake already names.
 */

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

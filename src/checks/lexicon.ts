/**
 * Lexicon of the check/residual-traditional rule. Spam and mojibake are checked with the cleaning lexicons and
 * judges (src/clean/spam-terms.ts, src/clean/mojibake.ts), so what the passes remove is what the checks look for.
 * Traditional stays a hand list: the script pass's opencc class also marks characters of GBK mojibake (璁句负棣栭〉)
 * as Traditional, which would double-report what check/mojibake already names.
 */

/**
 * Traditional-only characters (their Simplified forms differ), most frequent first as counted in the
 * Traditional-script seed (samples/004). Characters shared by both scripts are deliberately absent.
 */
export const TRADITIONAL_CHARS =
  '開務會項業險領層標錄準時級對關辦規眾體資導應發點動確進為強實與兩個問廳國區監門機認結參見將據給組積極統際縣調條載戶設請試識決稱讀傳權獲堅圍況細綜適內單線詢講織瀏覽們執號總礎義簡舉創黨構鄉鎮擴審編補還說網電視題報種輿蹤風無礙長間數轄產團經現議匯勵斷習貫徹屆繞盡過疊沒寫優壓縮欄終話廣態聞樂語讓訴熱難隱論闡觀張穩聲計樣驟這緊釋備來掃碼庫靈頂後變於處';

/**
 * Cuts a page footer that the content block still holds: at the earliest strong footer marker (政府网站标识码, ICP备,
 * 公网安备 …), but only in the last 45% of the lines, so a regulation that mentions 网站地图 mid-text is not cut.
 */
import type { DiagnosticInput } from '../../schemas/diagnostic.js';
import { evidence } from './dom.js';

const STRONG = /违法和不良信息举报|举报邮箱|政府网站标识码|網站標識碼|网站标识码|公安备案号|公网安备|公網安備|ICP备|ICP備|网站地图|網站地圖|版权所有|版權所有/;

export function cutFooter(lines: string[], report: (d: DiagnosticInput) => void): string[] {
  const from = Math.floor(lines.length * 0.55);
  const at = lines.findIndex((l, i) => i >= from && STRONG.test(l));
  if (at < 0) return lines;
  report({ ruleId: 'clean/html-footer', severity: 'info', actual: evidence(lines.slice(at).join(' / ')),
    message: `Cut ${lines.length - at} footer line(s) left in the main content block.` });
  return lines.slice(0, at);
}

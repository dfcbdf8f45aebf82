/**
 * Cheap shape tests used to line up flattened rows. They only say "this cell looks like a 公开时限 / 公开渠道";
 * the real parsing is done by the normalizers.
 */
const TIME_LIMIT_SHAPE =
  /(\d+|[一二三四五六七八九十两]+)\s*个?\s*(工作日|日|天|小时|个月|月|周|年)|每(年|季|月|周)|之前|前发布|长期|及时|实时|随时|同步|任期内|同上|按年|按季|按月/;

export function looksLikeTimeLimit(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 120 && TIME_LIMIT_SHAPE.test(t);
}

const CHANNEL_SHAPE = /网站|网|公报|公示栏|公告栏|宣传栏|中心|大厅|窗口|平台|媒体|报刊|广播|电视|微信|微博|客户端|两微一端|APP|短信|电子屏|发布会|听证会|查阅点|服务站|12333|入户|现场|会议/i;

export function looksLikeChannel(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 60 && CHANNEL_SHAPE.test(t);
}

import { describe, expect, it } from 'vitest';
import { parseTimeLimit } from '../../src/normalize/time-limit.js';
import { workingDaysUpperBound } from '../../src/normalize/working-days.js';

describe('workingDaysUpperBound', () => {
  it.each([
    ['自该政府信息形成或者变更之日起20个工作日内', 20],
    // Calendar days count one for one: a 20-day limit never exceeds 20 working days.
    ['批准(批复)后20日内', 20],
    ['更改内容后一周内', 7],
    ['在24小时内举行新闻发布会,其他政务舆情在48小时内予以回应', 2],
    ['收到申请之日起20个工作日内予以答复 (延长不超过20个工作日)', 40],
    ['信息形成20个工作日内公开;其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示', 20],
    ['自该政府信息形成或者变更之日起20个工作日内。公示期不少于5个工作日。', 20],
  ])('%s → %d', (text, days) => {
    expect(workingDaysUpperBound(parseTimeLimit(text))).toBe(days);
  });

  it.each(['每年1月31日前发布。', '长期', '批准后20内', '', '公示期不少于5个工作日'])('%s has no after_event bound', (text) => {
    expect(workingDaysUpperBound(parseTimeLimit(text))).toBeUndefined();
  });
});

/** Chinese display labels for enum values of the dataset (English value kept beside them in the page). */
export const TIME_CLAUSE_LABELS: Record<string, string> = {
  after_event: '事后期限',
  annual_date: '每年固定日期',
  periodic: '定期',
  min_duration: '最短期限',
  immediate: '即时',
  standing: '长期',
  synchronous: '同步发布',
  ditto: '同上',
  unknown: '未识别',
};

export const TIME_UNIT_LABELS: Record<string, string> = {
  working_day: '个工作日',
  day: '日',
  hour: '小时',
  week: '周',
  month: '月',
  year: '年',
  unknown: '(单位缺失)',
};

export const SEVERITY_LABELS: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

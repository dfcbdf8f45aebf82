/**
 * 公开渠道和载体 vocabulary. Entries are Simplified; channel text is folded before lookup.
 */

/** The 13 boxes of the 2019 standard catalogue, then extra values seen in real catalogues. */
export const CANONICAL_CHANNELS: readonly string[] = [
  '政府网站',
  '政府公报',
  '两微一端',
  '发布会/听证会',
  '广播电视',
  '纸质媒体',
  '公开查阅点',
  '政务服务中心',
  '便民服务站',
  '入户/现场',
  '社区/企事业单位/村公示栏(电子屏)',
  '精准推送',
  '其他',
  '公共资源交易平台',
  '信用中国网站',
  '招投标公共服务平台',
  '投资项目在线审批监管平台',
  '三务公开',
  '便民服务中心',
  '会议',
  '12333',
];

const NOTICE_BOARD = '社区/企事业单位/村公示栏(电子屏)';

/** Whole-value synonyms → canonical. */
export const CHANNEL_SYNONYMS: Readonly<Record<string, string>> = {
  政府门户网站: '政府网站',
  人社官网: '政府网站',
  政府官网: '政府网站',
  政府网站常规公开: '政府网站',
  门户网站: '政府网站',
  政务服务大厅: '政务服务中心',
  行政服务中心: '政务服务中心',
  政务大厅: '政务服务中心',
  办事大厅: '政务服务中心',
  微信公众号: '两微一端',
  政务微博: '两微一端',
  政务微信: '两微一端',
  微信: '两微一端',
  微博: '两微一端',
  客户端: '两微一端',
  移动客户端: '两微一端',
  新闻发布会: '发布会/听证会',
  发布会: '发布会/听证会',
  听证会: '发布会/听证会',
  广播: '广播电视',
  电视: '广播电视',
  有线电视: '广播电视',
  报刊: '纸质媒体',
  报纸: '纸质媒体',
  公报: '政府公报',
  查阅点: '公开查阅点',
  入户: '入户/现场',
  现场: '入户/现场',
  入户上门: '入户/现场',
  公示栏: NOTICE_BOARD,
  线下公示栏: NOTICE_BOARD,
  公告栏: NOTICE_BOARD,
  公告板: NOTICE_BOARD,
  宣传栏: NOTICE_BOARD,
  电子屏: NOTICE_BOARD,
  '村委会公示栏(电子屏)': NOTICE_BOARD,
  '单位/村委会公示栏(电子屏)': NOTICE_BOARD,
  '社区/企事业单位/村公示栏': NOTICE_BOARD,
  信用中国: '信用中国网站',
  '12333咨询电话': '12333',
  '12333热线': '12333',
};

/** Patterns for named or qualified values (`和平县人民政府门户网站`, `…社会保险服务大厅办事窗口`). Tried in order. */
export const CHANNEL_PATTERNS: readonly [RegExp, string][] = [
  [/12333/, '12333'],
  [/(门户网站|官方网站|官网)$/, '政府网站'],
  [/(服务大厅|办事窗口|政务服务中心|行政服务中心)$/, '政务服务中心'],
  [/便民服务中心$/, '便民服务中心'],
  [/便民服务站$/, '便民服务站'],
  [/查阅(点|室|场所)$/, '公开查阅点'],
  [/(公示栏|公告栏)(\(电子屏\))?$/, NOTICE_BOARD],
  [/公共资源交易/, '公共资源交易平台'],
];

/** Checkbox glyphs: the one list of tick and box glyphs lives with the table decoder. */
export {
  BOX_AMBIGUOUS as AMBIGUOUS_GLYPHS,
  BOX_CHECKED as CHECKED_GLYPHS,
  BOX_UNCHECKED as UNCHECKED_GLYPHS,
} from '../../parsers/shared/flag-glyphs.js';

// Field normalizers: pure functions from a cell's text to typed values.
export { parseBasis, unparsedBasis } from './basis.js';
export { CANONICAL_CHANNELS } from './channel-vocabulary.js';
export { parseChannels } from './channels.js';
export { parseChineseNumber } from '../../parsers/shared/chinese-number.js';
export { splitResponsible } from './responsible.js';
export { parseTimeLimit } from './time-limit.js';
export { workingDaysUpperBound } from './working-days.js';

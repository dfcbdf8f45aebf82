/**
 * Shape tests that line up flattened rows. The one definition of what a channel list or a time phrase looks like is
 * cell-shape.ts; this module keeps the names text parsers import.
 */
export { looksLikeChannelList as looksLikeChannel, looksLikeTimePhrase as looksLikeTimeLimit } from './cell-shape.js';

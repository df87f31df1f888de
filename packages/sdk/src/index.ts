/** SDK version, sent nowhere; for diagnostics. */
export const SDK_VERSION = '0.1.0';
export * from './integration.js';
export * from './model/index.js';
export * from './network/index.js';
export * from './output/index.js';
export { countRecords, formatRunSummary } from './run-summary.js';

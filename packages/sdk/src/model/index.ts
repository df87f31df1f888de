export * from './check-record-set.js';
export { isIsoDateTime } from './iso-date.js';
export * from './lineage.js';
export * from './problems.js';
export * from './resource.js';
export * from './validate.js';

export * from './catalog-metrics.js';
export * from './check-readiness.js';
export * from './cluster-metrics.js';

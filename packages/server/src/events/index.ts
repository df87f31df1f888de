export * from './announce-dbt-tests.js';
export * from './announce-sync-finished.js';
export * from './catalog-events.js';
export * from './event-hub.js';

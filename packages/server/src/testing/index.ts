export * from '../sync/sync-test-support.js';
export * from './catalog-dump.js';
export * from './for-each-app.js';
export * from './for-each-backend.js';
export * from './openlineage-run-event.js';
export * from './test-app.js';
export * from './test-server.js';
export * from './test-stores.js';

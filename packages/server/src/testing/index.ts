export * from './for-each-backend.js';
export * from './test-stores.js';

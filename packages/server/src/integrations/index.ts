export * from './credentials.js';
export * from './integration-view.js';
export * from './manage-integrations.js';
export * from './schedule.js';
export * from './test-integration-connection.js';

export * from './check-store.js';
export * from './sqlite-backup.js';

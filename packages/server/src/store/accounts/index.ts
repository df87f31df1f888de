export * from './api-keys.js';
export * from './sessions.js';
export * from './users.js';
export * from './workspaces.js';

export * from './api-keys.js';
export * from './groups.js';
export * from './owners.js';
export * from './sessions.js';
export * from './sign-in-failures.js';
export * from './teams.js';
export * from './users.js';
export * from './workspaces.js';

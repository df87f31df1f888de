export * from './delete-marketplace-integration.js';
export * from './marketplace-connections.js';
export * from './marketplace-integrations.js';
export * from './marketplace-tables.js';
export * from './marketplace-versions.js';

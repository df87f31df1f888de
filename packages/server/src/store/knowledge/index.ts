export * from './knowledge-fields.js';
export * from './knowledge-tables.js';
export * from './question-subscribers.js';
export * from './resource-relations.js';

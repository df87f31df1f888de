export * from './openlineage-events.js';
export * from './openlineage-state.js';
export * from './openlineage-tables.js';

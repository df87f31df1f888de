export * from './apply-sync.js';
export * from './effective-values.js';
export * from './normalize-resource.js';
export * from './problem-list.js';
export * from './read-syncs.js';
export * from './sync-types.js';

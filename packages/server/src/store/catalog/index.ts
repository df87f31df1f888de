export * from './compile-resource-filter.js';
export * from './find-existing-ids.js';
export * from './find-resource-links.js';
export * from './find-resources.js';
export * from './list-resources.js';
export * from './resource-query.js';
export * from './write-resources.js';

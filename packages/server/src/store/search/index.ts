export * from './find-search-candidates.js';
export * from './list-search-labels.js';
export * from './refresh-search-index.js';
export * from './search-filters.js';

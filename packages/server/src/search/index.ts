export * from './count-search-facets.js';
export * from './parse-search-query.js';
export * from './rank-search-hits.js';
export * from './search-resources.js';

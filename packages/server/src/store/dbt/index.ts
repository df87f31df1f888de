export * from './artifacts.js';
export * from './dbt-tables.js';
export * from './tags.js';
export * from './test-results.js';

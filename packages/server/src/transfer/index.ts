export * from './export-catalog.js';
export * from './import-catalog.js';
export * from './import-catalog-file.js';

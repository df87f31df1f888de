export * from './csv-records.js';
export * from './import-files.js';
export * from './jsonl-records.js';

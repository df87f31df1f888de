export * from './jsonl-files-output.js';
export * from './output.js';
export * from './push-output.js';
export * from './stdout-output.js';
export * from './sync-record.js';

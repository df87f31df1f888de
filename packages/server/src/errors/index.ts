export * from './codes.js';
export * from './sextant-error.js';

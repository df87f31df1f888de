export const SDK_VERSION = '0.1.0';
export * from './model/index.js';

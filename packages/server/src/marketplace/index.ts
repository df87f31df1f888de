export * from './connections.js';
export * from './delete-marketplace.js';
export * from './load-marketplace-run.js';
export * from './manifest.js';
export * from './read-marketplace.js';
export * from './review.js';
export * from './upload-marketplace.js';
export * from './views.js';

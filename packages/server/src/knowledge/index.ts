export * from './document-mentions.js';
export * from './inbox.js';
export * from './knowledge-items.js';
export * from './knowledge-types.js';
export * from './knowledge-view.js';
export * from './move-knowledge-item.js';
export * from './question-activity.js';
export * from './related-resources.js';

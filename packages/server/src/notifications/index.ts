export * from './messages.js';
export * from './notification-settings.js';
export * from './notifier.js';
export * from './subscriptions.js';

export * from './event-facts.js';
export * from './notification-settings.js';
export * from './notification-subscriptions.js';
export * from './notification-tables.js';

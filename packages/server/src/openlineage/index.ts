export * from './apply-events.js';
export * from './marquez-views.js';
export * from './receive-events.js';
export * from './runs-of-resource.js';
export * from './validate-event.js';

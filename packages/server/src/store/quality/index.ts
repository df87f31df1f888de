export * from './monitor-results.js';
export * from './monitors.js';
export * from './profile-schedules.js';
export * from './quality-scores.js';
export * from './quality-tables.js';
export * from './quality-targets.js';
export * from './table-profiles.js';

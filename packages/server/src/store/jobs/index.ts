export * from './count-jobs.js';
export * from './due-integrations.js';
export * from './job-queue.js';
export * from './jobs-schema.js';
export * from './process-owner.js';
export * from './recover-interrupted-runs.js';
export * from './sync-heartbeat.js';
export * from './sync-logs.js';

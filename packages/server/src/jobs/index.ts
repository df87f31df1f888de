export * from './default-runners.js';
export * from './job-service.js';
export * from './read-run-logs.js';
export * from './request-run.js';
export * from './run-job.js';
export * from './runner-registry.js';
export * from './schedule-due-runs.js';
export * from './start-jobs.js';

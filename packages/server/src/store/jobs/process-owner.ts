import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * This process's name in lease columns (`syncs.owner_id`, `jobs.owner_id`): host and pid for people reading the
 * table, plus a random part because pids are reused after a restart.
 */
export const PROCESS_OWNER_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

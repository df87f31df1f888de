import type { FastifyBaseLogger } from 'fastify';
import type { SecretBox } from '../auth/secret-box.js';
import type { Store } from '../store/database.js';

/** The server's logger as the jobs module uses it. */
export type JobLogger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

/** What a runner gets for one run of one integration. */
export interface RunnerContext {
  store: Store;
  /** Opens the integration's sealed credentials. */
  secrets: SecretBox;
  integration: { id: string; workspace_id: string; type: string };
  /** Aborted when the server stops (the run is then recorded as interrupted). */
  signal: AbortSignal;
  limits: { memoryLimitMb: number; timeLimitMs: number };
  /** The server's logger (the jobs module's): for the server's own concerns, not the integration's log lines. */
  logger: JobLogger;
  /** One declared record (a Resource or a DeclaredLineage, in the SDK model); spooled, applied at the end. */
  emit(record: unknown): void;
  /** One of the integration's own log lines. */
  log(entry: { level?: string; message: string; at?: string }): void;
  /** One entry of the http call log (method, url without secrets, status, time …). */
  httpCall(entry: Record<string, unknown>): void;
}

export type RunnerResult = { ok: true } | { ok: false; error: { code: string; message: string } };

/** Runs integrations of one type: produces records; the jobs machinery spools and applies them. */
export interface JobRunner {
  /** The sync record's `source` (e.g. `sdk`). */
  source: string;
  run(context: RunnerContext): Promise<RunnerResult>;
}

/** Runners by type key: the part of an integration's type before `:` (`marketplace:<id>` → `marketplace`). */
const runners = new Map<string, JobRunner>();

/**
 * Makes integrations of a type runnable (run now, schedule). Process-wide, like a plugin: the server registers
 * the marketplace runner; tests register theirs. Returns a function that unregisters it.
 */
export function registerRunner(typeKey: string, runner: JobRunner): () => void {
  runners.set(typeKey, runner);
  return () => {
    if (runners.get(typeKey) === runner) runners.delete(typeKey);
  };
}

/** The runner for an integration type, or undefined for push-based types (CSV, JSONL, dbt). */
export function findRunner(type: string): JobRunner | undefined {
  return runners.get(runnerKeyOf(type));
}

/** The type keys that have a runner: only their integrations are scheduled. */
export function runnableTypeKeys(): string[] {
  return [...runners.keys()];
}

export function runnerKeyOf(type: string): string {
  const colon = type.indexOf(':');
  return colon === -1 ? type : type.slice(0, colon);
}

import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  type DeclaredLineage,
  formatValidationProblems,
  type Resource,
  validateLineage,
  validateResource,
} from '@sextant/sdk';
import type { IsolateJob, IsolateVerdict, SandboxMessage, ServerMessage } from './child/run-isolate.js';
import { EndpointPolicy } from './endpoint-policy.js';
import { launchSandboxProcess } from './launch-sandbox-process.js';
import { NetworkBroker } from './network-broker.js';
import { isSource, SANDBOX_DIR } from './sandbox-files.js';
import {
  SANDBOX_DEFAULTS,
  type SandboxCounts,
  type SandboxErrorCode,
  type SandboxLogEntry,
  type SandboxRunOptions,
  type SandboxRunResult,
} from './sandbox-types.js';

// The server kills the process this long after the time limit if the process did not stop the run itself.
const KILL_GRACE_MS = 5_000;
const LOG_LEVELS = new Set(['debug', 'info', 'warn', 'error']);
const CHILD_ENTRY = path.join(SANDBOX_DIR, 'child', `sandbox-process.${isSource ? 'ts' : 'js'}`);

/**
 * Runs a bundled integration in the sandbox: a fresh process (empty environment, another user, no network
 * of its own where the machine allows: see launch-sandbox-process.ts) holding a fresh V8 isolate with a
 * memory limit, killed at the wall-clock limit, whose only way to the network is the broker here in the
 * server (allow-list, address policy, size cap). Records, log lines and HTTP calls are reported as they
 * come; records are validated here again. Never throws: the result says why a run failed.
 */
export async function runSandboxed(options: SandboxRunOptions): Promise<SandboxRunResult> {
  const counts: SandboxCounts = { resources: 0, lineages: 0, httpCalls: 0 };
  const job = toJob(options);
  if ('error' in job)
    return { ok: false, error: { code: 'sandbox_invalid_options', message: job.error }, counts };
  if (options.signal?.aborted) return { ok: false, error: abortError(), counts };
  let child: ChildProcess;
  try {
    child = launchSandboxProcess({ entry: CHILD_ENTRY, isSource, logger: options.logger });
  } catch (error) {
    return { ok: false, error: { code: 'sandbox_crashed', message: (error as Error).message }, counts };
  }
  return new Promise((resolve) => new SandboxRun(child, options, counts, resolve).start(job));
}

/** One run's bookkeeping: the child's messages, its HTTP requests, the backstop timer and the abort signal. */
class SandboxRun {
  #finished = false;
  #broker: NetworkBroker | undefined;
  /** Ends the broker's calls under way when the run finishes (the process that asked for them is gone). */
  readonly #stop = new AbortController();
  #stderr = '';
  #timer: NodeJS.Timeout | undefined;
  #failure: { code: SandboxErrorCode; message: string } | undefined;

  constructor(
    private readonly child: ChildProcess,
    private readonly options: SandboxRunOptions,
    private readonly counts: SandboxCounts,
    private readonly resolve: (result: SandboxRunResult) => void,
  ) {}

  start(job: IsolateJob): void {
    const { child, options } = this;
    child.stderr?.on('data', (chunk: Buffer) => {
      this.#stderr = (this.#stderr + chunk.toString()).slice(-4_000);
    });
    child.on('message', (message: SandboxMessage) => this.#receive(message));
    child.on('error', (error) =>
      this.#finish({ ok: false, code: 'sandbox_crashed', message: error.message }),
    );
    child.on('close', (code, signal) =>
      this.#finish({
        ok: false,
        code: 'sandbox_crashed',
        message: `the sandbox process ended without an answer (${signal ?? `exit code ${code}`})${this.#stderr ? `: ${this.#stderr.trim()}` : ''}`,
      }),
    );
    this.#timer = setTimeout(
      () =>
        this.#finish({
          ok: false,
          code: 'sandbox_timeout',
          message: `the run was stopped at its time limit (${job.timeLimitMs} ms)`,
        }),
      job.timeLimitMs + KILL_GRACE_MS,
    );
    options.signal?.addEventListener('abort', this.#abort, { once: true });
    this.#broker = new NetworkBroker({
      ...job,
      signal: this.#stop.signal,
      onHttpCall: (entry) => {
        if (this.#finished) return;
        this.counts.httpCalls++;
        this.options.onHttpCall(entry);
      },
    });
    this.#send({ type: 'job', job });
  }

  #send(message: ServerMessage): void {
    if (this.child.connected) this.child.send(message);
  }

  /** The isolate's request, sent by the broker here: the sandbox process has no network of its own. */
  async #sendHttp(id: number, request: unknown): Promise<void> {
    const result = await this.#broker!.send(request);
    if (!this.#finished) this.#send({ type: 'http-result', id, result });
  }

  #abort = () => this.#finish({ ok: false, ...abortError() });

  #receive(message: SandboxMessage): void {
    if (this.#finished) return;
    if (message.type === 'log') this.options.onLog(toLogEntry(message.level, message.message));
    else if (message.type === 'http') void this.#sendHttp(message.id, message.request);
    else if (message.type === 'records') this.#receiveRecords(message.kind, message.records);
    else if (message.type === 'done')
      this.#finish(this.#failure ? { ok: false, ...this.#failure } : message.outcome);
  }

  /** The isolate is untrusted: its records are checked against the SDK model before anyone sees them. */
  #receiveRecords(kind: 'resource' | 'lineage', records: unknown[]): void {
    if (this.#failure) return;
    for (const record of records) {
      const index = (kind === 'resource' ? this.counts.resources : this.counts.lineages) + 1;
      const problems =
        kind === 'resource'
          ? validateResource(record as Resource, { index })
          : validateLineage(record as DeclaredLineage, { index });
      if (problems.length > 0) {
        const shown = formatValidationProblems(problems, { limit: 20 });
        this.#failure = { code: 'sandbox_invalid_records', message: shown };
        return;
      }
      if (kind === 'resource') {
        this.counts.resources++;
        this.options.onRecord(record as Resource);
      } else {
        this.counts.lineages++;
        this.options.onRecord(record as DeclaredLineage);
      }
    }
  }

  #finish(verdict: IsolateVerdict): void {
    if (this.#finished) return;
    this.#finished = true;
    clearTimeout(this.#timer);
    this.#stop.abort();
    this.options.signal?.removeEventListener('abort', this.#abort);
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    const refusal = this.#broker?.firstRefusal;
    // A failure after a refused call is named by the refusal (the integration may have caught it, or not).
    if (!verdict.ok && verdict.code === 'sandbox_code_error' && refusal)
      verdict = { ...verdict, code: refusal.code };
    this.resolve(
      verdict.ok
        ? { ok: true, counts: this.counts }
        : { ok: false, error: { code: verdict.code, message: verdict.message }, counts: this.counts },
    );
  }
}

function toJob(options: SandboxRunOptions): IsolateJob | { error: string } {
  try {
    new EndpointPolicy(options);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const job: IsolateJob = {
    code: options.code,
    credentials: { ...options.credentials },
    allowedEndpoints: [...options.allowedEndpoints],
    allowPrivateHosts: [...(options.allowPrivateHosts ?? [])],
    memoryLimitMb: options.memoryLimitMb ?? SANDBOX_DEFAULTS.memoryLimitMb,
    timeLimitMs: options.timeLimitMs ?? SANDBOX_DEFAULTS.timeLimitMs,
    maxResponseBytes: options.maxResponseBytes ?? SANDBOX_DEFAULTS.maxResponseBytes,
    maxRequestMs: options.maxRequestMs ?? SANDBOX_DEFAULTS.maxRequestMs,
  };
  for (const name of ['memoryLimitMb', 'timeLimitMs', 'maxResponseBytes', 'maxRequestMs'] as const) {
    if (!Number.isFinite(job[name]) || job[name] <= 0) return { error: `${name} must be a positive number` };
  }
  if (job.memoryLimitMb < 8) return { error: 'memoryLimitMb must be at least 8 (the isolate minimum)' };
  return job;
}

function toLogEntry(level: string, message: string): SandboxLogEntry {
  return {
    level: (LOG_LEVELS.has(level) ? level : 'info') as SandboxLogEntry['level'],
    message,
    at: new Date().toISOString(),
  };
}

function abortError(): { code: SandboxErrorCode; message: string } {
  return { code: 'sandbox_aborted', message: 'the run was cancelled' };
}

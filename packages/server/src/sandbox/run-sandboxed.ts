import { type ChildProcess, fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type DeclaredLineage,
  formatValidationProblems,
  type Resource,
  validateLineage,
  validateResource,
} from '@sextant/sdk';
import type { IsolateJob, IsolateVerdict, SandboxMessage } from './child/run-isolate.js';
import { EndpointPolicy } from './endpoint-policy.js';
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
const isSource = import.meta.url.endsWith('.ts');
const CHILD_ENTRY = fileURLToPath(
  new URL(`./child/sandbox-process.${isSource ? 'ts' : 'js'}`, import.meta.url),
);

/**
 * Runs a bundled integration in the sandbox: a fresh process (empty environment) holding a fresh V8
 * isolate with a memory limit, killed at the wall-clock limit, whose only way to the network is the host
 * broker (allow-list, address policy, size cap). Records, log lines and HTTP calls are reported as they
 * come; records are validated here again. Never throws: the result says why a run failed.
 */
export async function runSandboxed(options: SandboxRunOptions): Promise<SandboxRunResult> {
  const counts: SandboxCounts = { resources: 0, lineages: 0, httpCalls: 0 };
  const job = toJob(options);
  if ('error' in job)
    return { ok: false, error: { code: 'sandbox_invalid_options', message: job.error }, counts };
  if (options.signal?.aborted) return { ok: false, error: abortError(), counts };
  const child = fork(CHILD_ENTRY, [], {
    execArgv: childExecArgv(),
    env: {},
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  return new Promise((resolve) => new SandboxRun(child, options, counts, resolve).start(job));
}

/** One run's bookkeeping: the child's messages, the backstop timer and the abort signal. */
class SandboxRun {
  #finished = false;
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
    child.send(job);
  }

  #abort = () => this.#finish({ ok: false, ...abortError() });

  #receive(message: SandboxMessage): void {
    if (this.#finished) return;
    if (message.type === 'log') this.options.onLog(toLogEntry(message.level, message.message));
    else if (message.type === 'http') {
      this.counts.httpCalls++;
      this.options.onHttpCall(message.entry);
    } else if (message.type === 'records') this.#receiveRecords(message.kind, message.records);
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
    this.options.signal?.removeEventListener('abort', this.#abort);
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
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

/**
 * isolated-vm needs `--no-node-snapshot` on Node 20+. From sources (tests, `tsx`), the child loads
 * TypeScript through tsx, as the CLI does.
 */
function childExecArgv(): string[] {
  const argv = ['--no-node-snapshot'];
  if (!isSource) return argv;
  const tsx = createRequire(import.meta.url).resolve('tsx');
  return ['--import', pathToFileURL(tsx).href, ...argv];
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

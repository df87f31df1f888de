import ivm from 'isolated-vm';
import type { HostHttpResult } from '../isolate/host.js';
import type { IsolateOutcome } from '../isolate/run-integration.js';
import type { SandboxErrorCode } from '../sandbox-types.js';
import { BUNDLE_FILENAME, locateInUpload } from '../source-position.js';

/** What the sandbox process is asked to run (sent over IPC, never through argv or the environment). */
export interface IsolateJob {
  code: string;
  credentials: Record<string, string>;
  allowedEndpoints: string[];
  allowPrivateHosts: string[];
  memoryLimitMb: number;
  timeLimitMs: number;
  maxResponseBytes: number;
  maxRequestMs: number;
}

/** Messages from the server to the sandbox process: the job, then the answers to its HTTP requests. */
export type ServerMessage =
  | { type: 'job'; job: IsolateJob }
  | { type: 'http-result'; id: number; result: HostHttpResult };

/** Messages from the sandbox process to the server. */
export type SandboxMessage =
  | { type: 'log'; level: string; message: string }
  | { type: 'http'; id: number; request: unknown }
  | { type: 'records'; kind: 'resource' | 'lineage'; records: unknown[] }
  | { type: 'done'; outcome: IsolateVerdict };

export type IsolateVerdict = { ok: true } | { ok: false; code: SandboxErrorCode; message: string };

const MAX_LOG_LINES = 10_000;
const MAX_LOG_LINE = 8_192;

/**
 * Runs one bundle in a fresh V8 isolate (its own heap and thread, nothing of Node in it) whose only ways
 * out are three host functions: http (`sendHttp`: the server's broker, over IPC), log and records. The
 * isolate is disposed at the time limit; isolated-vm disposes it when it passes its memory limit. A failure
 * caused by a refused call is named by the server, which knows the broker's first refusal.
 */
export async function runIsolate(
  job: IsolateJob,
  emit: (message: SandboxMessage) => void,
  sendHttp: (request: unknown) => Promise<HostHttpResult>,
): Promise<IsolateVerdict> {
  const isolate = new ivm.Isolate({ memoryLimit: job.memoryLimitMb });
  let isTimedOut = false;
  const timer = setTimeout(() => {
    isTimedOut = true;
    isolate.dispose();
  }, job.timeLimitMs);
  let logLines = 0;
  const log = (level: unknown, message: unknown) => {
    if (++logLines > MAX_LOG_LINES) return;
    const text = logLines === MAX_LOG_LINES ? `(log cut: more than ${MAX_LOG_LINES} lines)` : String(message);
    emit({ type: 'log', level: String(level), message: text.slice(0, MAX_LOG_LINE) });
  };
  try {
    const context = await isolate.createContext();
    // http awaits the broker's promise across the boundary (a Reference with a promise result); log and
    // records are plain synchronous callbacks, so they keep their order with the run's end.
    await context.evalClosure(
      `const http = $0;
       globalThis.__sextantHost = {
         http: (request) => http.apply(undefined, [request], { arguments: { copy: true }, result: { promise: true, copy: true } }),
         log: $1,
         records: $2,
       };`,
      [
        new ivm.Reference((request: unknown): Promise<HostHttpResult> => sendHttp(request)),
        new ivm.Callback(log),
        new ivm.Callback((kind: unknown, records: unknown) => {
          if ((kind === 'resource' || kind === 'lineage') && Array.isArray(records))
            emit({ type: 'records', kind, records });
        }),
      ],
    );
    const script = await isolate.compileScript(job.code, { filename: BUNDLE_FILENAME });
    await script.run(context);
    const outcome = (await context.evalClosure(
      'return globalThis.__sextantRun($0);',
      [new ivm.ExternalCopy(job.credentials).copyInto()],
      { result: { promise: true, copy: true } },
    )) as IsolateOutcome;
    return judgeOutcome(outcome, job.code);
  } catch (error) {
    return judgeError(error, { isTimedOut, isolate, job });
  } finally {
    clearTimeout(timer);
    if (!isolate.isDisposed) isolate.dispose();
  }
}

function judgeOutcome(outcome: IsolateOutcome | undefined, code: string): IsolateVerdict {
  if (outcome?.ok === true) return { ok: true };
  const message = withUploadPosition(
    typeof outcome?.message === 'string' ? outcome.message : 'the integration failed',
    code,
    typeof outcome?.stack === 'string' ? outcome.stack : undefined,
  );
  if (outcome?.failure === 'problems') return { ok: false, code: 'sandbox_invalid_records', message };
  return { ok: false, code: 'sandbox_code_error', message };
}

function judgeError(
  error: unknown,
  state: { isTimedOut: boolean; isolate: ivm.Isolate; job: IsolateJob },
): IsolateVerdict {
  const message = error instanceof Error ? error.message : String(error);
  if (state.isTimedOut) {
    return {
      ok: false,
      code: 'sandbox_timeout',
      message: `the run was stopped at its time limit (${state.job.timeLimitMs} ms)`,
    };
  }
  if (/memory limit/i.test(message) || (state.isolate.isDisposed && /disposed/i.test(message))) {
    return {
      ok: false,
      code: 'sandbox_memory_limit',
      message: `the run was stopped at its memory limit (${state.job.memoryLimitMb} MB)`,
    };
  }
  // The stack would point into the minified bundle, which means nothing to the author: the message only.
  return {
    ok: false,
    code: 'sandbox_code_error',
    message: withUploadPosition(
      `the integration failed: ${message}`,
      state.job.code,
      error instanceof Error ? error.stack : undefined,
    ),
  };
}

/** Adds where in the uploaded file the error was thrown, when the stack says. */
function withUploadPosition(message: string, code: string, stack: string | undefined): string {
  const position = locateInUpload(code, stack);
  return position ? `${message} (at ${position})` : message;
}

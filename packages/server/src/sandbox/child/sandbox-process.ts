/**
 * Entry of the sandbox process that runSandboxed starts for each run: it receives one job over IPC, runs it
 * in an isolate and reports back over IPC. A process of its own, so that a V8 fatal error in the isolate
 * (isolated-vm warns that V8 cannot always unwind from out-of-memory) ends this process, not the server,
 * and so that the server can always end a run with SIGKILL. Started with an empty environment, inside the
 * layers of ../launch-sandbox-process.ts (another user, no network, narrowed file access): the integration's
 * HTTP requests go to the server's broker over IPC, and the server sends the answers back.
 */
import type { HostHttpResult } from '../isolate/host.js';
import { type IsolateVerdict, runIsolate, type SandboxMessage, type ServerMessage } from './run-isolate.js';

const pending = new Map<number, (result: HostHttpResult) => void>();
let nextId = 0;
let isStarted = false;

function emit(message: SandboxMessage): void {
  process.send?.(message);
}

function sendHttp(request: unknown): Promise<HostHttpResult> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    try {
      emit({ type: 'http', id, request });
    } catch (error) {
      // A request the IPC channel cannot carry: an error for the integration, like any refused call.
      pending.delete(id);
      resolve({ ok: false, message: `the request could not be sent: ${(error as Error).message}` });
    }
  });
}

// The server went away (crash, restart): nobody will read this run's output, so stop it now. SIGKILL, not
// process.exit(): exit hooks would wait for an isolate that may be running an endless loop.
process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));

process.on('message', (message: ServerMessage) => {
  if (message.type === 'http-result') {
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
    return;
  }
  if (message.type !== 'job' || isStarted) return;
  isStarted = true;
  runIsolate(message.job, emit, sendHttp)
    .catch(
      (error: unknown): IsolateVerdict => ({
        ok: false,
        code: 'sandbox_crashed',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    .then((outcome) => {
      process.send?.({ type: 'done', outcome } satisfies SandboxMessage, () => process.exit(0));
    });
});

/**
 * Entry of the sandbox process that runSandboxed forks for each run: it receives one job over IPC, runs it
 * in an isolate and reports back over IPC. A process of its own, so that a V8 fatal error in the isolate
 * (isolated-vm warns that V8 cannot always unwind from out-of-memory) ends this process, not the server,
 * and so that the server can always end a run with SIGKILL. Started with an empty environment.
 */
import { type IsolateJob, type IsolateVerdict, runIsolate, type SandboxMessage } from './run-isolate.js';

function emit(message: SandboxMessage): void {
  process.send?.(message);
}

// The server went away (crash, restart): nobody will read this run's output, so stop it now. SIGKILL, not
// process.exit(): exit hooks would wait for an isolate that may be running an endless loop.
process.once('disconnect', () => process.kill(process.pid, 'SIGKILL'));

process.once('message', (job: IsolateJob) => {
  runIsolate(job, emit)
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

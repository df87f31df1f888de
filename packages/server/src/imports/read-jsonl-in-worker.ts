import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ErrorCode, InputError } from '../errors/index.js';
import type { ImportPolicy } from '../store/schema.js';
import { unpackPreparedRecords } from '../sync/pack-prepared-records.js';
import type { RunRecord } from '../sync/sync-types.js';
import { importLimits } from './text-lines.js';

export interface JsonlFile {
  path: string;
  /** The name problems give (the uploaded file's name). */
  name: string;
  kind: 'resource' | 'lineage';
}

/** What jsonl-worker.ts is started with. */
export interface JsonlWorkerData {
  files: JsonlFile[];
  policy: ImportPolicy;
  /**
   * Two Int32s: [0] batches taken by the run (flow control: the worker stays at most `maxBatchesAhead` ahead);
   * [1] set to 1 when the run stops early, so the worker returns by itself (see stopWorker).
   */
  credits: SharedArrayBuffer;
  batchSize: number;
  maxBatchesAhead: number;
  /** SEXTANT_IMPORT_MAX_LINE_BYTES, read here: the worker sees the environment of its start only. */
  maxLineBytes: number;
}

export type JsonlWorkerMessage =
  | { type: 'batch'; file: string; packed: string; bytes: number }
  | { type: 'done'; bytes: number }
  /** A file the worker refused (invalid UTF-8, a line too long): the error the streamed reader would throw. */
  | { type: 'failed'; code: ErrorCode; message: string; details: Record<string, unknown> };

const BATCH_SIZE = 2000;
// Far enough ahead to parse the lineage file while the run still writes resources (a batch is ~0.4 MB of text).
const MAX_BATCHES_AHEAD = 64;

/**
 * Reads JSONL files on a worker thread: the lines are parsed, validated and prepared there (most of a large
 * import's CPU time) while this thread writes, on the machine's other core. Yields batches of records in file
 * order, exactly what the streamed reader (jsonl-records.ts) and the run's own preparation would give.
 * Stopping early (the run failed or has seen enough problems) terminates the worker.
 */
export async function* readJsonlInWorker(
  files: JsonlFile[],
  options: { policy: ImportPolicy; onBytes?: ((bytes: number) => void) | undefined },
): AsyncGenerator<RunRecord[]> {
  const credits = new SharedArrayBuffer(8);
  const taken = new Int32Array(credits);
  const workerData: JsonlWorkerData = {
    files,
    policy: options.policy,
    credits,
    batchSize: BATCH_SIZE,
    maxBatchesAhead: MAX_BATCHES_AHEAD,
    maxLineBytes: importLimits().maxLineBytes,
  };
  const worker = startWorker(workerData);
  const inbox: JsonlWorkerMessage[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: JsonlWorkerMessage) => {
    inbox.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure = error;
    notify();
  });
  let exited = false;
  worker.on('exit', (code) => {
    exited = true;
    failure ??= new Error(`the JSONL reader stopped (exit code ${code}) before the end of its files`);
    notify();
  });
  try {
    for (;;) {
      const message = inbox.shift();
      if (message === undefined) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      if (message.type === 'failed') throw new InputError(message.code, message.message, message.details);
      options.onBytes?.(message.bytes);
      if (message.type === 'done') return;
      Atomics.add(taken, 0, 1);
      Atomics.notify(taken, 0);
      yield unpackPreparedRecords(message.packed, message.file);
    }
  } finally {
    if (!exited) await stopWorker(worker, taken);
  }
}

// How long a stopped worker gets to return by itself (it checks between batches, or is still loading its modules).
const STOP_GRACE_MS = 10_000;

/**
 * Asks the worker to return and waits for its exit; terminates it only when it does not within the grace time.
 * Not `worker.terminate()` first: terminating a worker while its entry module is still evaluating (a run that
 * fails at once) aborts the whole process on Node 22 and 24 with V8's "Check failed: (location_) != nullptr"
 * (nodejs/node#60755), a crash no try/catch sees.
 */
async function stopWorker(worker: Worker, taken: Int32Array): Promise<void> {
  const exit = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  Atomics.store(taken, 1, 1);
  Atomics.notify(taken, 0);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), STOP_GRACE_MS);
  });
  const outcome = await Promise.race([exit, late]);
  clearTimeout(timer);
  if (outcome === 'late') await worker.terminate();
}

// The worker holds a few dozen batches at a time; without a cap its heap grew with the garbage of a million lines
// and pushed a 1M import's peak RSS near 1.5 GB. A line too large for it fails the import with the reader's error.
const LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

function startWorker(workerData: JsonlWorkerData): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts'))
    return new Worker(new URL(WORKER_FILE, here), { workerData, resourceLimits: LIMITS });
  // From TypeScript sources (tests, tsx): the worker loads tsx's module hooks before its entry, and resolves
  // workspace packages to their sources like this thread.
  const require = createRequire(here);
  const tsxPackage = require.resolve('tsx/package.json');
  const exports = JSON.parse(readFileSync(tsxPackage, 'utf8')).exports['./esm/api'].import.default;
  const tsxApi = pathToFileURL(path.join(path.dirname(tsxPackage), exports)).href;
  const entry = new URL('./jsonl-worker.ts', here).href;
  const code = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, {
    eval: true,
    workerData,
    execArgv: ['--conditions=source'],
    resourceLimits: LIMITS,
  });
}

/**
 * The worker's file beside this module: in the server's build, and in the CLI's bundle, which builds it as an
 * entry of its own next to its chunks (packages/cli/scripts/bundle.mjs).
 */
const WORKER_FILE = './jsonl-worker.js';

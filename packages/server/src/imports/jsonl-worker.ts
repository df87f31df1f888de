// The worker thread of a JSONL import (read-jsonl-in-worker.ts starts it): reads the files, parses, validates and
// prepares every record, and posts them in packed batches while the run's thread writes the previous ones.

import { parentPort, workerData } from 'node:worker_threads';
import { SextantError } from '../errors/index.js';
import { packPreparedRecords } from '../sync/pack-prepared-records.js';
import { prepareRecord } from '../sync/prepared-record.js';
import type { PreparedRecord, SyncProblem } from '../sync/sync-types.js';
import { readFileLines } from './file-lines.js';
import { parseJsonLine } from './jsonl-records.js';
import type { JsonlWorkerData, JsonlWorkerMessage } from './read-jsonl-in-worker.js';

const { files, policy, credits, batchSize, maxBatchesAhead, maxLineBytes } = workerData as JsonlWorkerData;
// credits[0]: batches the run has taken so far; this thread waits while it is `maxBatchesAhead` behind.
// credits[1]: 1 once the run has stopped reading; this thread then returns and the worker exits by itself.
const taken = new Int32Array(credits);
let posted = 0;

/** Thrown to unwind the reading when the run has stopped; never leaves this file. */
class Stopped extends Error {}

const stopped = () => Atomics.load(taken, 1) === 1;

function post(message: JsonlWorkerMessage): void {
  if (message.type === 'batch') {
    while (posted - Atomics.load(taken, 0) >= maxBatchesAhead) {
      if (stopped()) throw new Stopped();
      Atomics.wait(taken, 0, Atomics.load(taken, 0), 1000);
    }
    posted++;
  }
  if (stopped()) throw new Stopped();
  parentPort!.postMessage(message);
}

let bytesBefore = 0;
try {
  readFiles();
  post({ type: 'done', bytes: bytesBefore });
} catch (error) {
  if (error instanceof SextantError) {
    // The run's thread rethrows our errors with their code (a worker's thrown error loses its class).
    if (!stopped())
      parentPort!.postMessage({
        type: 'failed',
        code: error.code,
        message: error.message,
        details: error.details,
      } satisfies JsonlWorkerMessage);
  } else if (!(error instanceof Stopped)) throw error;
}

function readFiles(): void {
  for (const file of files) {
    let batch: Array<PreparedRecord | SyncProblem> = [];
    let bytes = 0;
    const flush = () => {
      if (batch.length > 0)
        post({ type: 'batch', file: file.name, packed: packPreparedRecords(batch), bytes });
      batch = [];
    };
    const onBytes = (read: number) => {
      bytes = bytesBefore + read;
    };
    for (const { text, line } of readFileLines(file.path, { onBytes, name: file.name, maxLineBytes })) {
      const parsed = parseJsonLine(text, { kind: file.kind, file: file.name, line });
      if (parsed === undefined) continue;
      batch.push(parsed.kind === 'problem' ? parsed.problem : prepareRecord(parsed, policy));
      if (batch.length >= batchSize) flush();
    }
    flush();
    bytesBefore = bytes;
  }
}

// The worker thread of a JSONL import (read-jsonl-in-worker.ts starts it): reads the files, parses, validates and
// prepares every record, and posts them in packed batches while the run's thread writes the previous ones.

import { parentPort, workerData } from 'node:worker_threads';
import { packPreparedRecords } from '../sync/pack-prepared-records.js';
import { type PreparedRecord, prepareRecord } from '../sync/prepared-record.js';
import type { SyncProblem } from '../sync/sync-types.js';
import { readFileLines } from './file-lines.js';
import { parseJsonLine } from './jsonl-records.js';
import type { JsonlWorkerData, JsonlWorkerMessage } from './read-jsonl-in-worker.js';

const { files, policy, credits, batchSize, maxBatchesAhead } = workerData as JsonlWorkerData;
// credits[0]: batches the run has taken so far; this thread waits while it is `maxBatchesAhead` behind.
const taken = new Int32Array(credits);
let posted = 0;

function post(message: JsonlWorkerMessage): void {
  if (message.type === 'batch') {
    while (posted - Atomics.load(taken, 0) >= maxBatchesAhead) {
      Atomics.wait(taken, 0, Atomics.load(taken, 0), 1000);
    }
    posted++;
  }
  parentPort!.postMessage(message);
}

let bytesBefore = 0;
for (const file of files) {
  let batch: Array<PreparedRecord | SyncProblem> = [];
  let bytes = 0;
  const flush = () => {
    if (batch.length > 0) post({ type: 'batch', file: file.name, packed: packPreparedRecords(batch), bytes });
    batch = [];
  };
  const onBytes = (read: number) => {
    bytes = bytesBefore + read;
  };
  for (const { text, line } of readFileLines(file.path, { onBytes })) {
    const parsed = parseJsonLine(text, { kind: file.kind, file: file.name, line });
    if (parsed === undefined) continue;
    batch.push(parsed.kind === 'problem' ? parsed.problem : prepareRecord(parsed, policy));
    if (batch.length >= batchSize) flush();
  }
  flush();
  bytesBefore = bytes;
}
post({ type: 'done', bytes: bytesBefore });

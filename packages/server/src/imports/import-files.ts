import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Store } from '../store/database.js';
import { applySync, type SyncAddress, type SyncRunOptions } from '../sync/apply-sync.js';
import type { SyncRecord } from '../sync/sync-types.js';
import { readCsvRecords } from './csv-records.js';
import { readJsonlRun } from './jsonl-records.js';
import { type JsonlFile, readJsonlInWorker } from './read-jsonl-in-worker.js';

type ImportOptions = SyncAddress & Omit<SyncRunOptions, 'records' | 'source'>;
/** `onBytes`: how many bytes of the files were read so far, told as the run goes (progress bars). */
type FileImportOptions = ImportOptions & { onBytes?: ((bytes: number) => void) | undefined };

/**
 * Files from this size on are read on a worker thread (read-jsonl-in-worker.ts); below it, starting a thread
 * costs more than it saves. `SEXTANT_IMPORT_WORKER_MIN_BYTES` overrides it (the tests set 0 to cover that road).
 */
const WORKER_MIN_BYTES = 4 << 20;

/** Imports a JSONL resources file (and optionally a lineages file) as one sync of the integration. */
export async function importJsonlFiles(
  store: Store,
  files: {
    resourcesFile: string;
    lineagesFile?: string | undefined;
    names?: { resources?: string; lineages?: string };
  },
  options: FileImportOptions,
): Promise<SyncRecord> {
  const { onBytes, ...syncOptions } = options;
  const list: JsonlFile[] = [
    {
      path: files.resourcesFile,
      name: files.names?.resources ?? basename(files.resourcesFile),
      kind: 'resource',
    },
  ];
  if (files.lineagesFile) {
    list.push({
      path: files.lineagesFile,
      name: files.names?.lineages ?? basename(files.lineagesFile),
      kind: 'lineage',
    });
  }
  const size = list.reduce((sum, file) => sum + statSync(file.path).size, 0);
  if (size >= workerMinBytes()) {
    return applySync(store, {
      ...syncOptions,
      source: 'jsonl',
      records: ({ importPolicy }) => readJsonlInWorker(list, { policy: importPolicy, onBytes }),
    });
  }
  const streams = list.map((file) => ({
    stream: createReadStream(file.path, { highWaterMark: 1 << 20 }),
    name: file.name,
  }));
  // Streams are not listened to for their bytes (a 'data' listener would start them before their reader is
  // attached): the count is taken whenever the run reports progress.
  const onProgress: ImportOptions['onProgress'] = (progress) => {
    onBytes?.(streams.reduce((sum, { stream }) => sum + stream.bytesRead, 0));
    syncOptions.onProgress?.(progress);
  };
  try {
    return await applySync(store, {
      ...syncOptions,
      onProgress,
      source: 'jsonl',
      records: readJsonlRun({ resources: streams[0]!, lineages: streams[1] }),
    });
  } finally {
    for (const { stream } of streams) stream.destroy();
  }
}

function workerMinBytes(): number {
  const configured = process.env.SEXTANT_IMPORT_WORKER_MIN_BYTES;
  return configured !== undefined && configured !== '' && Number.isFinite(Number(configured))
    ? Number(configured)
    : WORKER_MIN_BYTES;
}

/** Imports a metadata CSV file as one sync of the integration. */
export async function importCsvFile(
  store: Store,
  file: { path: string; name?: string | undefined },
  options: FileImportOptions,
): Promise<SyncRecord> {
  const { onBytes, ...syncOptions } = options;
  const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
  try {
    return await applySync(store, {
      ...syncOptions,
      onProgress: (progress) => {
        onBytes?.(stream.bytesRead);
        syncOptions.onProgress?.(progress);
      },
      source: 'csv',
      records: readCsvRecords(stream, { file: file.name ?? basename(file.path) }),
    });
  } finally {
    stream.destroy();
  }
}

import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Store } from '../store/database.js';
import { type ApplySyncOptions, applySync } from '../sync/apply-sync.js';
import type { SyncRecord } from '../sync/sync-types.js';
import { readCsvRecords } from './csv-records.js';
import { readJsonlRun } from './jsonl-records.js';

type ImportOptions = Omit<ApplySyncOptions, 'records' | 'source'>;

/** Imports a JSONL resources file (and optionally a lineages file) as one sync of the integration. */
export async function importJsonlFiles(
  store: Store,
  files: {
    resourcesFile: string;
    lineagesFile?: string | undefined;
    names?: { resources?: string; lineages?: string };
  },
  options: ImportOptions,
): Promise<SyncRecord> {
  const open = (path: string, name: string | undefined) => ({
    stream: createReadStream(path, { highWaterMark: 1 << 20 }),
    name: name ?? basename(path),
  });
  const resources = open(files.resourcesFile, files.names?.resources);
  const lineages = files.lineagesFile ? open(files.lineagesFile, files.names?.lineages) : undefined;
  try {
    return await applySync(store, {
      ...options,
      source: 'jsonl',
      records: readJsonlRun({ resources, lineages }),
    });
  } finally {
    resources.stream.destroy();
    lineages?.stream.destroy();
  }
}

/** Imports a metadata CSV file as one sync of the integration. */
export async function importCsvFile(
  store: Store,
  file: { path: string; name?: string | undefined },
  options: ImportOptions,
): Promise<SyncRecord> {
  const stream = createReadStream(file.path, { highWaterMark: 1 << 20 });
  try {
    return await applySync(store, {
      ...options,
      source: 'csv',
      records: readCsvRecords(stream, { file: file.name ?? basename(file.path) }),
    });
  } finally {
    stream.destroy();
  }
}

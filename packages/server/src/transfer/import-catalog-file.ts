import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../errors/index.js';
import type { Store } from '../store/database.js';
import { CSV_EXPORT_HEADER, csvExportSource } from './csv-export-records.js';
import { type CatalogImportCounts, importCatalog } from './import-catalog.js';

export type CatalogExportFormat = 'jsonl' | 'csv';

/** The format of a catalog export from its first bytes: JSONL starts with its header record, CSV with its columns. */
export function detectCatalogExport(head: string): CatalogExportFormat | undefined {
  const text = head.replace(/^\uFEFF/, '');
  if (/^\{"record":"header","format":"sextant_export"/.test(text)) return 'jsonl';
  if (text.startsWith(CSV_EXPORT_HEADER)) return 'csv';
  return undefined;
}

/** The format of the export in `path`, or undefined when it is no file or no catalog export. */
export function catalogExportFormatOf(path: string): CatalogExportFormat | undefined {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) return undefined;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(512);
    const read = readSync(fd, head, 0, head.length, 0);
    return detectCatalogExport(head.subarray(0, read).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/**
 * Imports the catalog export in `path` (JSONL or CSV, told apart by the first line) into the empty catalog of a
 * workspace, all or nothing. `name` is how errors name the file (an upload's file name, a path).
 */
export async function importCatalogFile(
  store: Store,
  workspaceId: string,
  file: { path: string; name: string },
): Promise<CatalogImportCounts & { format: CatalogExportFormat }> {
  const format = catalogExportFormatOf(file.path);
  if (!format) {
    throw new InputError(
      'validation_failed',
      `${file.name}:1: not a Sextant catalog export (neither the JSONL header record nor the CSV export's columns)`,
      { file: file.name, line: 1 },
    );
  }
  const source =
    format === 'csv'
      ? csvExportSource(file.path, file.name)
      : { name: file.name, lines: fileLines(file.path) };
  return { ...(await importCatalog(store, workspaceId, source)), format };
}

/**
 * The file's lines, read as the import asks for them (readline's iterator would drop the lines it read while the
 * import was still opening its transaction, and never end).
 */
async function* fileLines(path: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const lines = (rest + (chunk as string)).split('\n');
    rest = lines.pop()!;
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  if (rest !== '') yield rest;
}

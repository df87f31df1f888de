import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Output, type OutputReport, type RunRecords, toJsonLines } from './output.js';

/** The file names the JSONL import expects for `resources_file` and `lineages_file`. */
export const JSONL_FILE_NAMES = { resources: 'resources.jsonl', lineages: 'lineages.jsonl' } as const;

/** Writes `resources.jsonl` and `lineages.jsonl` into a directory (created if missing), replacing them. */
export class JsonlFilesOutput implements Output {
  constructor(private readonly directory: string) {}

  async write(records: RunRecords): Promise<OutputReport> {
    await mkdir(this.directory, { recursive: true });
    const resourcesPath = path.join(this.directory, JSONL_FILE_NAMES.resources);
    const lineagesPath = path.join(this.directory, JSONL_FILE_NAMES.lineages);
    await writeFile(resourcesPath, toJsonLines(records.resources));
    await writeFile(lineagesPath, toJsonLines(records.lineages));
    return {
      description: `wrote ${resourcesPath} (${records.resources.length} lines) and ${lineagesPath} (${records.lineages.length} lines)`,
    };
  }
}

import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RunRecord } from '../sync/sync-types.js';

/**
 * Reads a JSONL file line by line (memory stays flat whatever the file size) and yields one record per non-empty
 * line, numbered by its line in the file. A line that is not JSON becomes a problem naming file and line.
 */
export async function* readJsonlRecords(
  input: Readable,
  options: { kind: 'resource' | 'lineage'; file: string },
): AsyncGenerator<RunRecord> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield {
        kind: 'problem',
        problem: {
          file: options.file,
          line,
          field: '',
          message: `is not valid JSON (${(error as Error).message})`,
        },
      };
      continue;
    }
    yield { kind: options.kind, value, origin: { file: options.file, line } };
  }
}

/** The records of a JSONL upload: every resource line, then every lineage line. */
export async function* readJsonlRun(files: {
  resources: { stream: Readable; name: string };
  lineages?: { stream: Readable; name: string } | undefined;
}): AsyncGenerator<RunRecord> {
  yield* readJsonlRecords(files.resources.stream, { kind: 'resource', file: files.resources.name });
  if (files.lineages)
    yield* readJsonlRecords(files.lineages.stream, { kind: 'lineage', file: files.lineages.name });
}

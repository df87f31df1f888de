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
    const record = parseJsonLine(text, { ...options, line: ++line });
    if (record) yield record;
  }
}

/**
 * One line of a JSONL file as a record: nothing for a blank line, a problem naming file and line for text that is
 * not JSON.
 */
export function parseJsonLine(
  text: string,
  at: { kind: 'resource' | 'lineage'; file: string; line: number },
): Extract<RunRecord, { kind: 'resource' | 'lineage' | 'problem' }> | undefined {
  if (text.trim() === '') return undefined;
  try {
    return { kind: at.kind, value: JSON.parse(text), origin: { file: at.file, line: at.line } };
  } catch (error) {
    return {
      kind: 'problem',
      problem: {
        file: at.file,
        line: at.line,
        field: '',
        message: `is not valid JSON (${(error as Error).message})`,
      },
    };
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

import type { Readable } from 'node:stream';
import type { RunRecord } from '../sync/sync-types.js';
import { readStreamLines } from './file-lines.js';

/**
 * Reads a JSONL file line by line (memory stays flat whatever the file size: a line over the limit fails the
 * import before it is read whole) and yields one record per non-empty line, numbered by its line in the file. A
 * line that is not JSON becomes a problem naming file and line; invalid UTF-8 fails the import (`invalid_file`).
 */
export async function* readJsonlRecords(
  input: Readable,
  options: { kind: 'resource' | 'lineage'; file: string },
): AsyncGenerator<RunRecord> {
  for await (const { text, line } of readStreamLines(input, { name: options.file })) {
    const record = parseJsonLine(text, { ...options, line });
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
    // JSON text holds NUL only as the escape `\u0000` (a raw one is not JSON), so most lines skip the walk.
    const hasNoNul = !text.includes('\\u0000');
    return { kind: at.kind, value: JSON.parse(text), origin: { file: at.file, line: at.line }, hasNoNul };
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

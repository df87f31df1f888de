import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RunRecord } from '../sync/sync-types.js';

/** The name a run's records carry in problem messages (`run:12` is the 12th declared record). */
const ORIGIN_FILE = 'run';

/**
 * A run's declared records on disk (two JSONL files in a private temporary folder), so memory stays flat however
 * much an integration declares and no write transaction is open while it runs. Resources are read back before
 * lineage, as the JSONL import orders them.
 */
export class RecordSpool {
  resources = 0;
  lineages = 0;
  private readonly dir = mkdtempSync(join(tmpdir(), 'sextant-run-'));
  private readonly files = {
    resources: join(this.dir, 'resources.jsonl'),
    lineages: join(this.dir, 'lineages.jsonl'),
  };
  private readonly fds = {
    resources: openSync(this.files.resources, 'w', 0o600),
    lineages: openSync(this.files.lineages, 'w', 0o600),
  };
  private declared = 0;
  private closed = false;

  /** Adds one declared record (synchronous: the sandbox calls back without waiting). */
  add(record: unknown): void {
    if (this.closed) return;
    const line = ++this.declared;
    const isLineage = typeof record === 'object' && record !== null && 'from_identifier' in record;
    let text: string;
    try {
      text = JSON.stringify({ line, value: record });
    } catch (error) {
      text = JSON.stringify({ line, problem: `the record is not JSON: ${(error as Error).message}` });
    }
    if (isLineage) this.lineages++;
    else this.resources++;
    writeSync(isLineage ? this.fds.lineages : this.fds.resources, `${text}\n`);
  }

  /** The records, resources first, as the sync engine takes them; call once, after the run. */
  async *records(): AsyncGenerator<RunRecord> {
    this.close();
    for (const kind of ['resource', 'lineage'] as const) {
      const file = kind === 'resource' ? this.files.resources : this.files.lineages;
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
      for await (const text of lines) {
        if (text === '') continue;
        const { line, value, problem } = JSON.parse(text) as {
          line: number;
          value?: unknown;
          problem?: string;
        };
        if (problem !== undefined) {
          yield { kind: 'problem', problem: { file: ORIGIN_FILE, line, field: '', message: problem } };
        } else {
          yield { kind, value, origin: { file: ORIGIN_FILE, line } };
        }
      }
    }
  }

  /** Deletes the files. */
  dispose(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fds.resources);
    closeSync(this.fds.lineages);
  }
}

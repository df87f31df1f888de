import type { Store } from '../store/database.js';
import { findOpenLineageIo } from '../store/openlineage/index.js';
import { EMPTY_IO, mergeIo, type OpenLineageEvent, type RunIo } from './openlineage-model.js';
import { ioHashOf } from './prepare-events.js';

export const EMPTY_IO_TEXT = JSON.stringify(EMPTY_IO);

/** The `{inputs, outputs}` JSON text of an event, merged per dataset as receipt stores it. */
export function ioTextOf(event: OpenLineageEvent): string {
  return JSON.stringify(mergeIo(EMPTY_IO, { inputs: event.inputs, outputs: event.outputs }));
}

export const carriesDatasets = (event: OpenLineageEvent) =>
  (event.inputs?.length ?? 0) + (event.outputs?.length ?? 0) > 0;

/**
 * Folds the inputs/outputs of a batch's runs by content hash. A run whose events all carry the same datasets (a
 * Spark START and COMPLETE, the next day's run of the same job) keeps that content's hash: nothing is parsed or
 * written. Only a run whose events differ is merged (parsed, merged, stored under the new content's hash).
 */
export class RunIoFolder {
  private readonly texts = new Map<string, string>();
  private readonly parsed = new Map<string, RunIo>();
  /** Contents the batch's transaction must store: merged here, or read from rows stored before content hashing. */
  readonly toStore = new Map<string, string>();

  /** Registers a content (to store) and returns its hash. */
  remember(text: string): string {
    const hash = ioHashOf(text);
    this.texts.set(hash, text);
    this.toStore.set(hash, text);
    return hash;
  }

  /** Loads the stored contents of these hashes (those not known yet). */
  async load(store: Store, workspaceId: string, hashes: Iterable<string>): Promise<void> {
    const missing = [...new Set(hashes)].filter((hash) => !this.texts.has(hash));
    if (missing.length === 0) return;
    for (const [hash, text] of await findOpenLineageIo(store.db, { workspaceId, hashes: missing }))
      this.texts.set(hash, text);
  }

  /** The hash of `current` merged with `incoming` (later facets win), which is one of them when they are equal. */
  merge(current: string | null, incoming: string): string {
    if (current === null || current === incoming) return incoming;
    return this.remember(JSON.stringify(mergeIo(this.io(current), this.io(incoming))));
  }

  io(hash: string): RunIo {
    let io = this.parsed.get(hash);
    if (!io) {
      const text = this.texts.get(hash);
      if (text === undefined) throw new Error(`OpenLineage inputs/outputs ${hash} are not stored`);
      io = JSON.parse(text) as RunIo;
      this.parsed.set(hash, io);
    }
    return io;
  }
}

/**
 * The hashes a batch must read to fold its runs: those of every run whose stored content and events' contents are
 * not all one (one content needs no merge), and those of JobEvents (folded into the job's static lineage).
 */
export function hashesToLoad(
  runHashes: Map<string, string | null>,
  events: Array<{ runId: string | null; ioHash: string | null }>,
): string[] {
  const perRun = new Map<string, Set<string>>();
  const needed = new Set<string>();
  for (const { runId, ioHash } of events) {
    if (ioHash === null) continue;
    if (runId === null) {
      needed.add(ioHash);
      continue;
    }
    let set = perRun.get(runId);
    if (!set) {
      set = new Set();
      const stored = runHashes.get(runId);
      if (stored) set.add(stored);
      perRun.set(runId, set);
    }
    set.add(ioHash);
  }
  for (const set of perRun.values()) if (set.size > 1) for (const hash of set) needed.add(hash);
  return [...needed];
}

import { createHash } from 'node:crypto';
import { nowIso } from '../lib/time.js';
import type { Store } from '../store/database.js';
import {
  insertOpenLineageEvents,
  insertOpenLineageIo,
  type NewOpenLineageEvent,
} from '../store/openlineage/index.js';
import { normalizeTimestamp } from './event-time.js';
import { EMPTY_IO, mergeIo, type OpenLineageEvent } from './openlineage-model.js';
import {
  assertValidEvents,
  eventKindOf,
  findEventProblems,
  type OpenLineageProblem,
} from './validate-event.js';

/** Wakes the drainer of this process when events arrive (set by the job service; absent in an API-only process). */
const wakers = new WeakMap<Store['db'], () => void>();

export function onOpenLineageEvents(store: Pick<Store, 'db'>, wake: () => void): () => void {
  wakers.set(store.db, wake);
  return () => wakers.delete(store.db);
}

/**
 * Stores OpenLineage events durably as pending and returns: the worker applies them (applyPendingOpenLineageEvents).
 * All or nothing: every event is validated first, and one invalid event refuses the whole batch (400 naming its
 * index and JSON path), so a producer that retries a batch never duplicates its valid part.
 */
export async function receiveOpenLineageEvents(
  store: Store,
  options: { workspaceId: string; events: unknown[]; isBatch: boolean },
): Promise<{ accepted: number }> {
  const problems: OpenLineageProblem[] = [];
  options.events.forEach((event, i) => {
    problems.push(...findEventProblems(event, options.isBatch ? `/${i}` : ''));
  });
  assertValidEvents(problems);
  const receivedAt = nowIso();
  const io = new Map<string, string>();
  const rows = options.events.map((body) =>
    toRow(options.workspaceId, body as OpenLineageEvent, receivedAt, io),
  );
  await store.db.transaction().execute(async (trx) => {
    await insertOpenLineageIo(
      trx,
      [...io].map(([hash, text]) => ({ workspace_id: options.workspaceId, hash, io: text })),
    );
    await insertOpenLineageEvents(trx, rows);
  });
  wakers.get(store.db)?.();
  return { accepted: rows.length };
}

/**
 * The row of one event. Its inputs and outputs (nearly all of a Spark event's bytes) go to `io` by content hash,
 * the rest of the event to `body`: a job's runs send the same datasets again and again, stored once so.
 */
function toRow(
  workspaceId: string,
  event: OpenLineageEvent,
  receivedAt: string,
  io: Map<string, string>,
): NewOpenLineageEvent {
  const kind = eventKindOf(event as unknown as Record<string, unknown>);
  const { inputs, outputs, ...rest } = event;
  const split = kind !== 'dataset' && (inputs?.length ?? 0) + (outputs?.length ?? 0) > 0;
  let ioHash: string | null = null;
  if (split) {
    // Merged as the drain merges a run's datasets (one entry per dataset), so equal content hashes equal.
    const text = JSON.stringify(mergeIo(EMPTY_IO, { inputs, outputs }));
    ioHash = ioHashOf(text);
    io.set(ioHash, text);
  }
  return {
    workspace_id: workspaceId,
    received_at: receivedAt,
    event_kind: kind,
    event_type: kind === 'run' ? (event.eventType ?? 'OTHER') : null,
    // Validation accepted it, so it parses.
    event_time: normalizeTimestamp(event.eventTime)!,
    run_id: kind === 'run' ? event.run!.runId : null,
    job_namespace: event.job?.namespace ?? null,
    job_name: event.job?.name ?? null,
    body: JSON.stringify(split ? rest : event),
    io_hash: ioHash,
    state: 'pending',
    error: null,
  };
}

/** The content hash of an `{inputs, outputs}` JSON text. */
export function ioHashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

import type { Store } from '../../store/database.js';
import { findLineageGraphVersion, listIndexedEdgePage } from '../../store/lineage-graph/index.js';
import { LineageSnapshot } from './lineage-snapshot.js';

/** Edges read per page while building a snapshot. */
const PAGE = 50_000;

interface WorkspaceEntry {
  snapshot?: LineageSnapshot;
  /** The build under way, if any (one per workspace at a time). */
  building?: Promise<LineageSnapshot>;
}

type IndexStore = Pick<Store, 'db' | 'flags'>;
const registries = new WeakMap<object, Map<string, WorkspaceEntry>>();

/**
 * The in-memory lineage index (DESIGN §4's second option): one {@link LineageSnapshot} per workspace, used only
 * while its version equals the database's `lineage_graph_versions` row. That row is bumped by triggers on every
 * change of lineage or of a resource's stale flag, parent or type, by any process, so a snapshot is never
 * used after the data it copies changed; each request pays one primary-key read to check.
 *
 * A missing or outdated snapshot is rebuilt in the background and the request is answered from the database
 * meanwhile (the level-by-level walk), so a change never makes a request wait for a rebuild.
 */
export async function findFreshSnapshot(
  store: IndexStore,
  workspaceId: string,
): Promise<LineageSnapshot | undefined> {
  const version = await findLineageGraphVersion(store.db, { workspaceId });
  const entry = entryOf(store, workspaceId);
  if (entry.snapshot?.version === version) return entry.snapshot;
  if (!entry.building) {
    entry.building = buildSnapshot(store, workspaceId, version)
      .then((snapshot) => {
        if (!entry.snapshot || entry.snapshot.version < snapshot.version) entry.snapshot = snapshot;
        return snapshot;
      })
      .finally(() => {
        entry.building = undefined;
      });
    // A failed background build is retried by the next request; the request itself is served by the database.
    entry.building.catch(() => {});
  }
  return undefined;
}

/** Builds (or waits for) the workspace's snapshot at the current version: for warming up and benchmarks. */
export async function refreshLineageIndex(store: IndexStore, workspaceId: string): Promise<LineageSnapshot> {
  for (;;) {
    const fresh = await findFreshSnapshot(store, workspaceId);
    if (fresh) return fresh;
    await entryOf(store, workspaceId).building?.catch(() => {});
  }
}

function entryOf(store: IndexStore, workspaceId: string): WorkspaceEntry {
  let registry = registries.get(store.db);
  if (!registry) {
    registry = new Map();
    registries.set(store.db, registry);
  }
  let entry = registry.get(workspaceId);
  if (!entry) {
    entry = {};
    registry.set(workspaceId, entry);
  }
  return entry;
}

/**
 * Copies the workspace's live edges page by page. The version is read before the first page: a change that
 * lands during the build bumps the version past it, so the snapshot is replaced at the next request.
 */
async function buildSnapshot(
  store: IndexStore,
  workspaceId: string,
  version: number,
): Promise<LineageSnapshot> {
  const snapshot = new LineageSnapshot(version);
  let afterId = '';
  for (;;) {
    const rows = await listIndexedEdgePage(store.db, { workspaceId, afterId, limit: PAGE });
    snapshot.add(rows);
    if (rows.length < PAGE) break;
    afterId = rows.at(-1)!.id;
  }
  return snapshot.seal();
}

import { NotFoundError } from '../../errors/index.js';
import type { Store } from '../../store/database.js';
import {
  findGraphResources,
  type GraphResourceRow,
  type WalkDirection,
} from '../../store/lineage-graph/index.js';
import { EntityGroups, foldEntities, walkEntities } from './entity-nodes.js';
import type { GraphLevel, WalkedEdge } from './lineage-walker.js';
import { openGraphWalker } from './open-graph-walker.js';

/** Deepest walk the API allows (the depth is also the number of batched query rounds). */
export const MAX_LINEAGE_DEPTH = 20;
/** Most nodes one graph answer carries; the rest stay hidden behind the counts for a UI to expand. */
export const MAX_GRAPH_NODES = 5_000;

export interface LineageGraphRequest {
  workspaceId: string;
  resourceId: string;
  direction: WalkDirection | 'both';
  depth: number;
  level: GraphLevel;
  /** false: walk the database even when the in-memory index is current (tests compare both). */
  useIndex?: boolean;
}

export interface LineageGraphNode extends GraphResourceRow {
  /** Edges between the node and the root; 0 for the root (and, at column level, the root table's columns). */
  distance: number;
  /** Which side of the root the node was reached on (`root` for the start). */
  side: 'root' | 'upstream' | 'downstream';
  /** Neighbours upstream / downstream that are not in this answer: what expanding the node would add. */
  hidden_upstream: number;
  hidden_downstream: number;
}

export interface LineageGraph {
  root: string;
  level: GraphLevel;
  nodes: LineageGraphNode[];
  edges: WalkedEdge[];
  truncated: boolean;
}

/** Finds a live resource of the workspace to walk from, or throws `resource_not_found` (404). */
export async function getGraphRoot(
  store: Pick<Store, 'db' | 'flags'>,
  options: { workspaceId: string; resourceId: string },
): Promise<GraphResourceRow> {
  const [root] = await findGraphResources(store.db, store.flags, {
    workspaceId: options.workspaceId,
    ids: [options.resourceId],
  });
  if (!root || root.stale === 1) {
    throw new NotFoundError('resource_not_found', `no live resource with id ${options.resourceId}`, {
      id: options.resourceId,
    });
  }
  return root;
}

/**
 * The start nodes of a walk. At column level a table-ish root stands for its columns too, so "what depends on
 * this table's columns" is one walk; at table level a column root is walked as itself.
 */
export async function startNodesOf(
  store: Pick<Store, 'db' | 'flags'>,
  options: { workspaceId: string; root: GraphResourceRow; level: GraphLevel },
): Promise<string[]> {
  const { root } = options;
  if (options.level === 'table' || root.entity_type === 'column') return [root.id];
  const columns = await findGraphResources(store.db, store.flags, {
    workspaceId: options.workspaceId,
    ids: [root.id],
    by: 'parent',
  });
  return [root.id, ...columns.map((c) => c.id)];
}

/**
 * The lineage around one resource: nodes within `depth` edges in the chosen direction(s), the edges among them,
 * and per node the count of neighbours left out, so a UI can expand lazily. Stale resources are not part of it.
 */
export async function buildLineageGraph(
  store: Pick<Store, 'db' | 'flags'>,
  request: LineageGraphRequest,
): Promise<LineageGraph> {
  // Independent reads at once: on PostgreSQL each is a round trip, and round trips are what load makes slow.
  const [root, walker] = await Promise.all([getGraphRoot(store, request), openGraphWalker(store, request)]);
  // One node per entity: the walk starts from every source of the root's entity, and each source reached
  // brings the others of its entity at the same distance.
  const groups = new EntityGroups(store, request.workspaceId);
  await groups.load([root.id]);
  // The other sources of a table are tables too (findEntityMembers): each stands as the root does.
  const starts = (
    await Promise.all(
      groups.membersOf(root.id).map((id) =>
        startNodesOf(store, {
          workspaceId: request.workspaceId,
          root: { ...root, id },
          level: request.level,
        }),
      ),
    )
  ).flat();
  const walkedSides = new Map<string, { distance: number; side: LineageGraphNode['side'] }>(
    starts.map((id) => [id, { distance: 0, side: 'root' }]),
  );
  let truncated = false;
  const directions: WalkDirection[] =
    request.direction === 'both' ? ['upstream', 'downstream'] : [request.direction];
  // Both directions walk at once (on PostgreSQL each level is a round trip); the second is then cut to what a
  // walk after the first would have kept: its breadth-first order is the same, only its limit is smaller.
  const walks = await Promise.all(
    directions.map((direction) =>
      walkEntities(walker, groups, starts, { direction, depth: request.depth, limit: MAX_GRAPH_NODES }),
    ),
  );
  for (const [index, full] of walks.entries()) {
    const direction = directions[index]!;
    const limit = MAX_GRAPH_NODES - walkedSides.size + starts.length;
    const walked = {
      distances: [...full.distances].slice(0, limit),
      truncated: full.truncated || full.distances.size > limit,
    };
    truncated ||= walked.truncated;
    for (const [id, distance] of walked.distances) {
      const known = walkedSides.get(id);
      if (!known || distance < known.distance) walkedSides.set(id, { distance, side: direction });
    }
  }
  const { sides, description } = foldEntities(groups, walkedSides, await walker.describe(walkedSides));
  const { edges, hidden } = description;
  const rows = await findGraphResources(store.db, store.flags, {
    workspaceId: request.workspaceId,
    ids: [...sides.keys()],
  });
  const nodes = rows.map((row) => ({
    ...row,
    ...sides.get(row.id)!,
    hidden_upstream: hidden.get(row.id)?.upstream ?? 0,
    hidden_downstream: hidden.get(row.id)?.downstream ?? 0,
  }));
  // Plain code-unit order: localeCompare costs microseconds per call, and answers carry thousands of nodes.
  nodes.sort((a, b) => a.distance - b.distance || compareText(a.title, b.title) || compareText(a.id, b.id));
  return { root: groups.representativeOf(root.id), level: request.level, nodes, edges, truncated };
}

/** Code-unit order of two strings (stable across locales, unlike localeCompare, and much cheaper). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

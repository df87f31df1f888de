import type { Store } from '../../store/database.js';
import {
  findLineageSteps,
  findTableLineageSteps,
  type LineageStep,
  type WalkDirection,
} from '../../store/lineage-graph/index.js';

/**
 * `table`: nodes are table-ish resources (tables, views, dashboards, charts, jobs ...) and column edges are rolled
 * up to the tables that hold the columns. `column`: nodes are the resources the edges join, as stored.
 */
export type GraphLevel = 'table' | 'column';

/** An edge of the walked graph, in data-flow order; rolled-up edges merge the flags of the edges they stand for. */
export interface WalkedEdge {
  from: string;
  to: string;
  /** `direct` if any merged edge is direct; else null if any is a resource-level edge; else `indirect`. */
  kind: 'direct' | 'indirect' | null;
  is_manual: boolean;
}

/** A walk over the lineage graph: from the database ({@link LineageWalker}) or an in-memory snapshot. */
export interface GraphWalker {
  readonly level: GraphLevel;
  /**
   * Breadth-first walk from `roots` (all at distance 0) up to `depth` edges away. Returns each reached node with
   * its distance; stops adding nodes once `limit` are known (the caller reports the graph as truncated).
   */
  walk(
    roots: readonly string[],
    options: { direction: WalkDirection; depth: number; limit: number },
  ): Promise<{ distances: Map<string, number>; truncated: boolean }>;
  /** Makes the neighbours of these nodes in that direction known to {@link neighboursOf}. */
  expand(nodes: Iterable<string>, direction: WalkDirection): Promise<void>;
  neighboursOf(node: string, direction: WalkDirection): ReadonlySet<string>;
  /** The edge between two nodes in data-flow order, if one was seen. */
  edgeBetween(from: string, to: string): WalkedEdge | undefined;
  /** The edges among `inside` and, per node of it, how many neighbours each way are outside it. */
  describe(inside: ReadonlyMap<string, unknown>): Promise<GraphDescription>;
}

export interface GraphDescription {
  edges: WalkedEdge[];
  hidden: Map<string, { upstream: number; downstream: number }>;
}

/**
 * Walks the lineage graph a level at a time, with one batched query per level and direction (DESIGN §4: a
 * depth-bounded recursion; the visited map is the cycle protection). Every node's neighbours are fetched at most
 * once per direction and kept, so the hidden-neighbour counts after a walk cost only the nodes not yet expanded.
 */
export class LineageWalker implements GraphWalker {
  private readonly neighbours: Record<WalkDirection, Map<string, Set<string>>> = {
    downstream: new Map(),
    upstream: new Map(),
  };
  private readonly edges = new Map<string, WalkedEdge>();

  constructor(
    private readonly store: Pick<Store, 'db' | 'flags'>,
    private readonly workspaceId: string,
    readonly level: GraphLevel,
  ) {}

  /**
   * Breadth-first walk from `roots` (all at distance 0) up to `depth` edges away. Returns each reached node with
   * its distance; stops adding nodes once `limit` are known (the caller reports the graph as truncated).
   */
  async walk(
    roots: readonly string[],
    options: { direction: WalkDirection; depth: number; limit: number },
  ): Promise<{ distances: Map<string, number>; truncated: boolean }> {
    const distances = new Map(roots.map((id) => [id, 0]));
    let frontier = [...roots];
    let truncated = false;
    for (let distance = 1; distance <= options.depth && frontier.length > 0 && !truncated; distance++) {
      await this.expand(frontier, options.direction);
      const next: string[] = [];
      for (const node of frontier) {
        for (const neighbour of this.neighboursOf(node, options.direction)) {
          if (distances.has(neighbour)) continue;
          if (distances.size >= options.limit) {
            truncated = true;
            break;
          }
          distances.set(neighbour, distance);
          next.push(neighbour);
        }
      }
      frontier = next;
    }
    return { distances, truncated };
  }

  /** Fetches the neighbours of the nodes not yet expanded in that direction (one batch). */
  async expand(nodes: Iterable<string>, direction: WalkDirection): Promise<void> {
    const known = this.neighbours[direction];
    const todo = [...new Set(nodes)].filter((node) => !known.has(node));
    if (todo.length === 0) return;
    for (const node of todo) known.set(node, new Set());
    const options = { workspaceId: this.workspaceId, ids: todo, direction };
    // Table level: a node's edges are its own plus its live columns' (one statement finds both, see
    // findTableLineageSteps); `ownerOf` maps each member back to its node, a column to its table even when the
    // column is a node of this batch too.
    const steps: Array<LineageStep & { near_owner_id?: string }> =
      this.level === 'table'
        ? await findTableLineageSteps(this.store.db, this.store.flags, options)
        : await findLineageSteps(this.store.db, this.store.flags, options);
    const ownerOf = new Map(todo.map((node) => [node, node]));
    for (const step of steps) {
      if (step.near_owner_id !== undefined && step.near_owner_id !== step.near_id) {
        ownerOf.set(step.near_id, step.near_owner_id);
      }
    }
    for (const step of steps) {
      const near = ownerOf.get(step.near_id);
      const far = this.nodeOf(step);
      if (near === undefined || near === far) continue;
      if (step.near_owner_id !== undefined && step.near_owner_id !== near) continue;
      known.get(near)!.add(far);
      this.recordEdge(direction === 'downstream' ? [near, far] : [far, near], step);
    }
  }

  /** The neighbours found by {@link expand}; empty when the node was not expanded in that direction. */
  neighboursOf(node: string, direction: WalkDirection): ReadonlySet<string> {
    return this.neighbours[direction].get(node) ?? new Set();
  }

  /** The edge between two nodes in data-flow order, if one was seen. */
  edgeBetween(from: string, to: string): WalkedEdge | undefined {
    return this.edges.get(`${from}|${to}`);
  }

  async describe(inside: ReadonlyMap<string, unknown>): Promise<GraphDescription> {
    const ids = [...inside.keys()];
    // Both directions at once: on PostgreSQL each is a round trip (the two fill separate maps).
    await Promise.all([this.expand(ids, 'downstream'), this.expand(ids, 'upstream')]);
    const edges: WalkedEdge[] = [];
    const hidden = new Map<string, { upstream: number; downstream: number }>();
    const outside = (set: ReadonlySet<string>) => [...set].filter((id) => !inside.has(id)).length;
    for (const id of ids) {
      const downstream = this.neighboursOf(id, 'downstream');
      hidden.set(id, {
        upstream: outside(this.neighboursOf(id, 'upstream')),
        downstream: outside(downstream),
      });
      for (const to of downstream) if (inside.has(to)) edges.push(this.edgeBetween(id, to)!);
    }
    return { edges, hidden };
  }

  /** The graph node a step leads to: the resource itself, or at table level the table above a column. */
  private nodeOf(step: LineageStep): string {
    if (this.level === 'column' || step.far_entity_type !== 'column' || step.far_parent_id === null) {
      return step.far_id;
    }
    if (step.far_parent_entity_type !== 'column') return step.far_parent_id;
    // A nested column: its parent column's parent (deeper nesting stops at that level).
    return step.far_parent_parent_id ?? step.far_parent_id;
  }

  private recordEdge([from, to]: [string, string], step: LineageStep): void {
    const key = `${from}|${to}`;
    const kind = step.kind === 'direct' || step.kind === 'indirect' ? step.kind : null;
    const seen = this.edges.get(key);
    if (!seen) {
      this.edges.set(key, { from, to, kind, is_manual: step.is_manual === 1 });
      return;
    }
    seen.is_manual ||= step.is_manual === 1;
    if (seen.kind === 'direct' || kind === 'direct') seen.kind = 'direct';
    else if (seen.kind === null || kind === null) seen.kind = null;
  }
}

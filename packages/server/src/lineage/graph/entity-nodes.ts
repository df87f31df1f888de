import type { Store } from '../../store/database.js';
import { findEntityMembers, type WalkDirection } from '../../store/lineage-graph/index.js';
import type { GraphDescription, GraphWalker, WalkedEdge } from './lineage-walker.js';

/**
 * The graph shows one node per entity (docs/lineage.md "Entities and sources"): a dbt model and the warehouse
 * table it builds are one node, which both sources' edges attach to, under the entity's id (its oldest source's, as
 * lists answer it). At column level a column stands with the same-named
 * columns of the other sources of its table. Resources outside any shared entity are their own group.
 */
export class EntityGroups {
  private readonly representatives = new Map<string, string>();
  private readonly members = new Map<string, string[]>();

  constructor(
    private readonly store: Pick<Store, 'db' | 'flags'>,
    private readonly workspaceId: string,
  ) {}

  /** Learns the groups of the ids not known yet (one batched read). */
  async load(ids: Iterable<string>): Promise<void> {
    const todo = [...new Set(ids)].filter((id) => !this.representatives.has(id));
    if (todo.length === 0) return;
    const rows = await findEntityMembers(this.store.db, this.store.flags, {
      workspaceId: this.workspaceId,
      ids: todo,
    });
    const byAsked = new Map<string, typeof rows>();
    for (const row of rows) {
      const list = byAsked.get(row.asked_id) ?? [];
      list.push(row);
      byAsked.set(row.asked_id, list);
    }
    for (const id of todo) {
      const found = byAsked.get(id) ?? [];
      if (found.length <= 1) {
        this.representatives.set(id, id);
        this.members.set(id, [id]);
        continue;
      }
      found.sort(
        (a, b) => a.is_dbt - b.is_dbt || compare(a.table_id, b.table_id) || compare(a.member_id, b.member_id),
      );
      const representative = found[0]!.member_id;
      const members = [...new Set(found.map((row) => row.member_id))];
      for (const member of members) this.representatives.set(member, representative);
      this.members.set(representative, members);
    }
  }

  representativeOf(id: string): string {
    return this.representatives.get(id) ?? id;
  }

  /** Every resource of the id's group, the id included. */
  membersOf(id: string): string[] {
    return this.members.get(this.representativeOf(id)) ?? [id];
  }
}

/**
 * Breadth-first walk over entities: reaching one source of an entity reaches all of them at the same distance,
 * so a walk from a warehouse table goes on through its dbt model's upstream. `limit` counts entities.
 */
export async function walkEntities(
  walker: GraphWalker,
  groups: EntityGroups,
  roots: readonly string[],
  options: { direction: WalkDirection; depth: number; limit: number },
): Promise<{ distances: Map<string, number>; truncated: boolean }> {
  await groups.load(roots);
  const distances = new Map<string, number>();
  const entities = new Set<string>();
  let frontier: string[] = [];
  const reach = (id: string, distance: number) => {
    entities.add(groups.representativeOf(id));
    for (const member of groups.membersOf(id)) {
      if (distances.has(member)) continue;
      distances.set(member, distance);
      frontier.push(member);
    }
  };
  for (const root of roots) reach(root, 0);
  let truncated = false;
  for (let distance = 1; distance <= options.depth && frontier.length > 0 && !truncated; distance++) {
    const current = frontier;
    frontier = [];
    await walker.expand(current, options.direction);
    const neighbours: string[] = [];
    for (const node of current) {
      for (const neighbour of walker.neighboursOf(node, options.direction)) {
        if (!distances.has(neighbour)) neighbours.push(neighbour);
      }
    }
    await groups.load(neighbours);
    for (const neighbour of neighbours) {
      if (distances.has(neighbour)) continue;
      if (!entities.has(groups.representativeOf(neighbour)) && entities.size >= options.limit) {
        truncated = true;
        break;
      }
      reach(neighbour, distance);
    }
  }
  return { distances, truncated };
}

/**
 * Folds a walked graph's members into their entities: one node per group under its representative (the nearest
 * member's distance and side), edges between groups (edges inside one entity disappear, parallel ones merge their
 * flags as the walker does), and hidden counts summed over the members.
 */
export function foldEntities<Side extends { distance: number }>(
  groups: EntityGroups,
  sides: ReadonlyMap<string, Side>,
  description: GraphDescription,
): { sides: Map<string, Side>; description: GraphDescription } {
  const folded = new Map<string, Side>();
  for (const [id, side] of sides) {
    const representative = groups.representativeOf(id);
    const known = folded.get(representative);
    if (!known || side.distance < known.distance) folded.set(representative, side);
  }
  const edges = new Map<string, WalkedEdge>();
  for (const edge of description.edges) {
    const from = groups.representativeOf(edge.from);
    const to = groups.representativeOf(edge.to);
    if (from === to) continue;
    const key = `${from}|${to}`;
    const seen = edges.get(key);
    if (!seen) {
      edges.set(key, { ...edge, from, to });
      continue;
    }
    seen.is_manual ||= edge.is_manual;
    if (seen.kind === 'direct' || edge.kind === 'direct') seen.kind = 'direct';
    else if (seen.kind === null || edge.kind === null) seen.kind = null;
  }
  const hidden = new Map<string, { upstream: number; downstream: number }>();
  for (const [id, counts] of description.hidden) {
    const representative = groups.representativeOf(id);
    const sum = hidden.get(representative) ?? { upstream: 0, downstream: 0 };
    sum.upstream += counts.upstream;
    sum.downstream += counts.downstream;
    hidden.set(representative, sum);
  }
  return { sides: folded, description: { edges: [...edges.values()], hidden } };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

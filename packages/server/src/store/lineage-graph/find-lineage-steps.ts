import type { Kysely } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import { chunksOf } from '../sync/raw-sql.js';
import { idChunkSize, idInList } from './id-in-list.js';

/** Which way a walk follows edges: downstream = along the data flow (from → to), upstream = against it. */
export type WalkDirection = 'upstream' | 'downstream';

/**
 * One edge seen from the resource a walk stands on (`near`) to the resource it leads to (`far`). The far end's
 * type and parent (and the parent's type and parent) come along so callers can roll columns up to their table
 * without another round trip.
 */
export interface LineageStep {
  edge_id: string;
  near_id: string;
  far_id: string;
  kind: string | null;
  is_manual: number;
  far_entity_type: string;
  far_parent_id: string | null;
  far_parent_entity_type: string | null;
  far_parent_parent_id: string | null;
}

/**
 * Every live edge leaving (downstream) or entering (upstream) the given resources, one batched query per
 * parameter-limit chunk. Edges whose far end is stale are left out: stale resources are gone from the graph.
 *
 *   downstream:  near = from_resource_id ──> far = to_resource_id
 *   upstream:    near = to_resource_id   <── far = from_resource_id
 */
export async function findLineageSteps(
  db: Kysely<Database>,
  flags: DialectFlags,
  options: { workspaceId: string; ids: readonly string[]; direction: WalkDirection },
): Promise<LineageStep[]> {
  const downstream = options.direction === 'downstream';
  const near = downstream ? 'l.from_resource_id' : 'l.to_resource_id';
  const far = downstream ? 'l.to_resource_id' : 'l.from_resource_id';
  const steps: LineageStep[] = [];
  for (const chunk of chunksOf(options.ids, idChunkSize(flags))) {
    const rows = await db
      .selectFrom('lineage as l')
      .innerJoin('resources as r', 'r.id', far)
      .leftJoin('resources as p', 'p.id', 'r.parent_id')
      .select([
        'l.id as edge_id',
        `${near} as near_id`,
        `${far} as far_id`,
        'l.kind',
        'l.is_manual',
        'r.entity_type as far_entity_type',
        'r.parent_id as far_parent_id',
        'p.entity_type as far_parent_entity_type',
        'p.parent_id as far_parent_parent_id',
      ])
      .where(idInList(flags, near, chunk))
      .where('l.workspace_id', '=', options.workspaceId)
      .where('r.stale', '=', 0)
      .execute();
    steps.push(...(rows as LineageStep[]));
  }
  return steps;
}

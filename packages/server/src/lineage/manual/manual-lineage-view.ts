import Type, { type Static } from 'typebox';
import { LiteralUnion } from '../../lib/typebox.js';
import type { LineageRow } from '../../store/lineage-graph/index.js';

export const LINEAGE_DIRECTIONS = ['UPSTREAM', 'DOWNSTREAM'] as const;
export type LineageDirection = (typeof LINEAGE_DIRECTIONS)[number];

/** A lineage edge as `/lineage/manual` shows it (compat §6). */
export const ManualLineageSchema = Type.Object({
  id: Type.String({ description: 'The edge id; both directions of one edge share it.' }),
  created_at: Type.String(),
  updated_at: Type.String(),
  from_entity: Type.String(),
  to_entity: Type.String(),
  direction: LiteralUnion(LINEAGE_DIRECTIONS, {
    description:
      'DOWNSTREAM: data flows from_entity → to_entity. UPSTREAM: data flows to_entity → from_entity.',
  }),
  is_manual: Type.Boolean(),
});
export type ManualLineageView = Static<typeof ManualLineageSchema>;

/**
 * One stored edge has two views. Data flows `from_resource_id → to_resource_id`:
 *
 *   DOWNSTREAM view: from_entity = source, to_entity = target  ("to_entity is downstream of from_entity")
 *   UPSTREAM view:   from_entity = target, to_entity = source  ("to_entity is upstream of from_entity")
 *
 * The declared view is the one the user posted (non-manual edges are declared DOWNSTREAM); the other one is the
 * automatically generated opposite direction. Both carry the edge's id: deleting either deletes the edge.
 */
export function viewOfEdge(row: LineageRow, which: 'declared' | 'opposite' = 'declared'): ManualLineageView {
  const declared: LineageDirection = row.direction === 'UPSTREAM' ? 'UPSTREAM' : 'DOWNSTREAM';
  const direction = which === 'declared' ? declared : declared === 'UPSTREAM' ? 'DOWNSTREAM' : 'UPSTREAM';
  const downstream = direction === 'DOWNSTREAM';
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    from_entity: downstream ? row.from_resource_id : row.to_resource_id,
    to_entity: downstream ? row.to_resource_id : row.from_resource_id,
    direction,
    is_manual: row.is_manual === 1,
  };
}

/** The view of an edge that matches list filters: the declared one when it matches, else the opposite one. */
export function viewMatching(
  row: LineageRow,
  filter: { fromIds?: readonly string[] | undefined; toIds?: readonly string[] | undefined },
): ManualLineageView {
  const declared = viewOfEdge(row);
  const matches =
    (!filter.fromIds || filter.fromIds.includes(declared.from_entity)) &&
    (!filter.toIds || filter.toIds.includes(declared.to_entity));
  return matches ? declared : viewOfEdge(row, 'opposite');
}

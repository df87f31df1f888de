import { stringify } from 'csv-stringify/sync';
import type { Store } from '../../store/database.js';
import { findGraphResources, type GraphResourceRow } from '../../store/lineage-graph/index.js';
import { compareText, getGraphRoot, MAX_LINEAGE_DEPTH, startNodesOf } from './build-lineage-graph.js';
import { openGraphWalker } from './open-graph-walker.js';

/** Most downstream assets one impact answer lists (a walk of 20 levels can reach the whole catalog). */
export const MAX_IMPACT_ASSETS = 100_000;

export interface ImpactRequest {
  workspaceId: string;
  resourceId: string;
  /** Only list assets of this type (the walk still passes through the others). */
  entityType?: string | undefined;
  /** Only list assets of this integration. */
  integrationId?: string | undefined;
  depth?: number | undefined;
  /** false: walk the database even when the in-memory index is current (tests compare both). */
  useIndex?: boolean;
}

export interface ImpactedAsset extends GraphResourceRow {
  distance: number;
}

export interface Impact {
  root: GraphResourceRow;
  /** `column` when the root is a column (what depends on its values), `table` otherwise. */
  level: 'table' | 'column';
  assets: ImpactedAsset[];
  truncated: boolean;
}

/**
 * Everything downstream of a resource with its distance, nearest first: the question to ask before changing or
 * dropping it. A column is followed through column edges; anything else through table-level (rolled-up) lineage.
 */
export async function listImpact(
  store: Pick<Store, 'db' | 'flags'>,
  request: ImpactRequest,
): Promise<Impact> {
  const root = await getGraphRoot(store, request);
  const level = root.entity_type === 'column' ? 'column' : 'table';
  const walker = await openGraphWalker(store, {
    workspaceId: request.workspaceId,
    level,
    useIndex: request.useIndex,
  });
  const starts = await startNodesOf(store, { workspaceId: request.workspaceId, root, level });
  const { distances, truncated } = await walker.walk(starts, {
    direction: 'downstream',
    depth: request.depth ?? MAX_LINEAGE_DEPTH,
    limit: MAX_IMPACT_ASSETS + starts.length,
  });
  const downstream = [...distances.keys()].filter((id) => distances.get(id)! > 0);
  const rows = await findGraphResources(store.db, store.flags, {
    workspaceId: request.workspaceId,
    ids: downstream,
  });
  const assets = rows
    .filter((row) => request.entityType === undefined || row.entity_type === request.entityType)
    .filter((row) => request.integrationId === undefined || row.integration_id === request.integrationId)
    .map((row) => ({ ...row, distance: distances.get(row.id)! }))
    .sort(
      (a, b) => a.distance - b.distance || compareText(a.title_full, b.title_full) || compareText(a.id, b.id),
    );
  return { root, level, assets, truncated };
}

/** The CSV columns of an impact export, in order. */
export const IMPACT_CSV_COLUMNS = [
  'distance',
  'id',
  'entity_type',
  'title',
  'title_full',
  'native_type',
  'integration_id',
  'integration_title',
  'integration_type',
] as const;

/** An impact list as CSV text with a header line (RFC 4180 quoting). */
export function impactToCsv(assets: readonly ImpactedAsset[]): string {
  return stringify(
    assets.map((asset) => IMPACT_CSV_COLUMNS.map((column) => asset[column] ?? '')),
    { header: true, columns: [...IMPACT_CSV_COLUMNS] },
  );
}

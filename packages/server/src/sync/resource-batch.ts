import { newId } from '../lib/ids.js';
import { parseJsonColumn } from '../lib/json.js';
import type { ImportPolicy } from '../store/schema.js';
import type { StagedResource, SyncedResource, SyncedResourceRow } from '../store/sync/index.js';
import { computeEffectiveValues, type PropertyValues } from './effective-values.js';
import { type NormalizedResource, ownTitleFull } from './normalize-resource.js';
import type { RecordOrigin, SyncCounts } from './sync-types.js';

export interface PendingResource {
  resource: NormalizedResource;
  origin: RecordOrigin;
}

/**
 * Every resource of the run by databuilder_id: its id (and, for non-columns, its full title), so that children
 * link to parents and internal lineage resolves while streaming, without a query. About 150 bytes per resource;
 * columns keep only their id.
 */
export type RunIndex = Map<string, string | { id: string; titleFull: string | undefined }>;

/** The resource id of a run index entry. */
export function idOf(entry: string | { id: string } | undefined): string | undefined {
  return typeof entry === 'string' ? entry : entry?.id;
}

export interface BatchPlan {
  /** Rows to write (new, changed, revived). */
  writes: SyncedResourceRow[];
  /** Every resource of the batch, for staling and lineage resolution. */
  staged: StagedResource[];
}

export interface BatchContext {
  workspaceId: string;
  integrationId: string;
  syncId: string;
  policy: ImportPolicy;
  now: string;
  index: RunIndex;
  counts: SyncCounts;
}

/**
 * Decides, for one batch of declared resources and their current rows, what to write: an unchanged record (same
 * digest, not stale) is only staged; the others become full rows with effective values. Counts as it goes.
 */
export function planResourceBatch(
  batch: PendingResource[],
  existing: Map<string, SyncedResource>,
  ctx: BatchContext,
): BatchPlan {
  const plan: BatchPlan = { writes: [], staged: [] };
  for (const { resource, origin } of batch) {
    const current = existing.get(resource.databuilder_id);
    const id = current?.id ?? newId();
    const parent = resource.parent_databuilder_id ? ctx.index.get(resource.parent_databuilder_id) : undefined;
    const parentTitle = typeof parent === 'object' ? parent.titleFull : undefined;
    const own = ownTitleFull(resource);
    const titleFull =
      own ?? (parentTitle === undefined ? undefined : `${parentTitle}.${resource.structural.title}`);
    ctx.index.set(
      resource.databuilder_id,
      resource.structural.entity_type === 'column' ? id : { id, titleFull },
    );
    const isUnchanged = current !== undefined && current.source_hash === resource.hash && current.stale === 0;
    const needsParent = !isUnchanged && resource.parent_databuilder_id !== null && parent === undefined;
    plan.staged.push({
      databuilder_id: resource.databuilder_id,
      resource_id: id,
      entity_type: resource.structural.entity_type,
      parent_databuilder_id: resource.parent_databuilder_id,
      needs_parent: needsParent ? 1 : 0,
      needs_title_full: !isUnchanged && titleFull === undefined ? 1 : 0,
      file: origin.file,
      line: origin.line,
    });
    if (isUnchanged) {
      ctx.counts.unchanged++;
      continue;
    }
    if (current === undefined) ctx.counts.created++;
    else if (current.stale === 1) ctx.counts.revived++;
    else ctx.counts.updated++;
    plan.writes.push(rowOf(resource, { id, parentId: idOf(parent) ?? null, titleFull, current, ctx }));
  }
  return plan;
}

function rowOf(
  resource: NormalizedResource,
  at: {
    id: string;
    parentId: string | null;
    titleFull: string | undefined;
    current: SyncedResource | undefined;
    ctx: BatchContext;
  },
): SyncedResourceRow {
  const previous: PropertyValues = at.current
    ? {
        description: at.current.description,
        definition: at.current.definition,
        owners: parseJsonColumn<string[]>(at.current.owners, []),
      }
    : {};
  const effective = computeEffectiveValues({
    policy: at.ctx.policy,
    source: resource.source,
    user: parseJsonColumn<PropertyValues>(at.current?.user_values, {}),
    previous,
  });
  return {
    id: at.id,
    workspace_id: at.ctx.workspaceId,
    integration_id: at.ctx.integrationId,
    databuilder_id: resource.databuilder_id,
    ...resource.structural,
    parent_id: at.parentId,
    title_full: at.titleFull ?? resource.structural.title,
    description: typeof effective.description === 'string' ? effective.description : '',
    definition: typeof effective.definition === 'string' ? effective.definition : '',
    owners: JSON.stringify(Array.isArray(effective.owners) ? effective.owners : []),
    stale: 0,
    stale_at: null,
    source_values: JSON.stringify(resource.source),
    source_hash: resource.hash,
    last_sync_id: at.ctx.syncId,
    created_at: at.ctx.now,
    updated_at: at.ctx.now,
  };
}

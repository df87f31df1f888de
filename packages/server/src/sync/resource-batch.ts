import { newId } from '../lib/ids.js';
import { parseJsonColumn } from '../lib/json.js';
import { type OwnerDirectory, resolveOwners } from '../store/accounts/index.js';
import type { ImportPolicy } from '../store/schema.js';
import type { SyncedResource, SyncedResourceRow } from '../store/sync/index.js';
import { computeEffectiveValues, type PropertyValues } from './effective-values.js';
import { type NormalizedResource, ownTitleFull } from './normalize-resource.js';
import { idOf, type RunHierarchy, type RunIndex } from './run-hierarchy.js';
import type { RecordOrigin, SyncCounts } from './sync-types.js';

export interface PendingResource {
  resource: NormalizedResource;
  origin: RecordOrigin;
}

export interface BatchContext {
  workspaceId: string;
  integrationId: string;
  syncId: string;
  policy: ImportPolicy;
  now: string;
  index: RunIndex;
  hierarchy: RunHierarchy;
  counts: SyncCounts;
  /** Told once per databuilder_id the integration already had (its first declaration in the run). */
  onExistingSeen: () => void;
  /** Resolves owner emails to users (unresolvable ones stay external owners); absent: owners kept as sent. */
  owners?: OwnerDirectory | undefined;
}

/**
 * Decides, for one batch of declared resources and their current rows, what to write: an unchanged record (same
 * digest, not stale) is only noted in the run's index and hierarchy; the others become full rows with effective
 * values. Counts as it goes.
 */
export function planResourceBatch(
  batch: PendingResource[],
  existing: Map<string, SyncedResource>,
  ctx: BatchContext,
): SyncedResourceRow[] {
  const writes: SyncedResourceRow[] = [];
  for (const { resource, origin } of batch) {
    const current = existing.get(resource.databuilder_id);
    const id = current?.id ?? newId();
    const type = resource.structural.entity_type;
    const parent = resource.parent_databuilder_id ? ctx.index.get(resource.parent_databuilder_id) : undefined;
    const parentTitle = typeof parent === 'object' ? parent.titleFull : undefined;
    const own = ownTitleFull(resource);
    const titleFull =
      own ?? (parentTitle === undefined ? undefined : `${parentTitle}.${resource.structural.title}`);
    const previous = ctx.index.get(resource.databuilder_id);
    if (current !== undefined && previous === undefined) ctx.onExistingSeen();
    ctx.index.set(resource.databuilder_id, type === 'column' ? id : { id, type, titleFull });
    const unchanged = current !== undefined && isUnchanged(current, resource);
    ctx.hierarchy.note(
      {
        databuilderId: resource.databuilder_id,
        resourceId: id,
        entityType: type,
        parentDatabuilderId: resource.parent_databuilder_id,
        needsLink: !unchanged && parent === undefined,
        needsTitleFull: !unchanged && titleFull === undefined,
        ...origin,
      },
      parent,
      previous,
    );
    if (unchanged) {
      ctx.counts.unchanged++;
      continue;
    }
    if (current === undefined) ctx.counts.created++;
    else if (current.stale === 1) ctx.counts.revived++;
    else ctx.counts.updated++;
    writes.push(rowOf(resource, { id, parentId: idOf(parent) ?? null, titleFull, current, ctx }));
  }
  return writes;
}

/** A row needs no write when the source sent the same digest and the row is live. */
export function isUnchanged(current: SyncedResource, resource: NormalizedResource): boolean {
  return current.source_hash === resource.hash && current.stale === 0;
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
  const edits = at.current?.edits;
  if (at.current && !edits) throw new Error(`resource ${at.current.id} is rewritten without its edits read`);
  const previous: PropertyValues = edits
    ? {
        description: edits.description,
        definition: edits.definition,
        owners: parseJsonColumn<string[]>(edits.owners, []),
      }
    : {};
  const effective = computeEffectiveValues({
    policy: at.ctx.policy,
    source: resource.source,
    user: parseJsonColumn<PropertyValues>(edits?.user_values, {}),
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
    owners: JSON.stringify(ownersOf(effective.owners, at.ctx.owners)),
    stale: 0,
    stale_at: null,
    source_values: JSON.stringify(resource.source),
    source_hash: resource.hash,
    last_sync_id: at.ctx.syncId,
    created_at: at.ctx.now,
    updated_at: at.ctx.now,
  };
}

/** The effective owners as stored: resolved to user ids where they name a user (owners are people, issue #20). */
function ownersOf(owners: unknown, directory: OwnerDirectory | undefined): string[] {
  const list = Array.isArray(owners)
    ? owners.filter((owner): owner is string => typeof owner === 'string')
    : [];
  return directory ? resolveOwners(directory, list) : list;
}

import { parseJsonColumn } from '../lib/json.js';
import { type EntitySource, listResources, type ResourceViewRow } from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { RESOURCE_FIELDS } from './resource-fields.js';
import type { ResourceView } from './resource-view.js';

/**
 * The columns of a merged table (docs/lineage.md "Entities and sources"): the same-named columns of every source
 * are one column. Its structure (id, type, position, key) is the primary source's column, or the first source's
 * that has it; its description is a user's edit on any of them (the newest), else dbt's, else the warehouse's;
 * its tags are the union. Answered under the entity's id as parent, in position order, one page at a time.
 */
export async function listEntityColumns(
  store: Pick<Store, 'db' | 'flags'>,
  options: {
    workspaceId: string;
    entityId: string;
    sources: EntitySource[];
    page: { limit: number; offset: number };
    /** The rows' views ({@link toResourceViews}, passed in: that module imports this one). */
    toViews: (rows: ResourceViewRow[]) => Promise<ResourceView[]>;
  },
): Promise<{ results: ResourceView[]; count: number }> {
  const order = new Map(options.sources.map((source, i) => [source.resource_id, i]));
  const isDbt = new Map(options.sources.map((source) => [source.resource_id, source.is_dbt]));
  const { rows } = await listResources(store.db, store.flags, {
    workspaceId: options.workspaceId,
    filter: {
      operator: 'and',
      operands: [
        { operator: 'exact', field: 'entity_type', spec: RESOURCE_FIELDS.entity_type!, value: 'column' },
        { operator: 'in', field: 'parent_id', spec: RESOURCE_FIELDS.parent_id!, value: [...order.keys()] },
      ],
    },
    includeStale: false,
    sort: undefined,
    limit: 100_000,
    offset: 0,
  });
  // Whether a user edited each column's description, and when (user_values is no view column).
  const edits = new Map<string, { edited: boolean; updatedAt: string }>();
  const ids = rows.map((row) => row.id);
  for (let i = 0; i < ids.length; i += 500) {
    const values = await store.db
      .selectFrom('resources')
      .select(['id', 'user_values', 'updated_at'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of values) {
      const userValues = parseJsonColumn<Record<string, unknown>>(row.user_values, {});
      edits.set(row.id, { edited: 'description' in userValues, updatedAt: row.updated_at });
    }
  }
  const views = await options.toViews(rows);
  const groups = new Map<string, ResourceView[]>();
  for (const view of views) {
    const key = view.title.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), view]);
  }
  const merged: ResourceView[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => (order.get(a.parent ?? '') ?? 0) - (order.get(b.parent ?? '') ?? 0));
    const base = group[0]!;
    const edited = group
      .filter((view) => edits.get(view.id)?.edited)
      .sort((a, b) => edits.get(b.id)!.updatedAt.localeCompare(edits.get(a.id)!.updatedAt))[0];
    const described =
      edited ??
      group.find((view) => isDbt.get(view.parent ?? '') && view.description.trim() !== '') ??
      group.find((view) => view.description.trim() !== '');
    merged.push({
      ...base,
      parent: options.entityId,
      parent_id: options.entityId,
      description: described?.description ?? base.description,
      tags: [...new Set(group.flatMap((view) => view.tags))],
      sources: group.length > 1 ? group.map((view) => view.id) : base.sources,
    });
  }
  merged.sort(
    (a, b) =>
      (a.sort_order ?? Number.MAX_SAFE_INTEGER) - (b.sort_order ?? Number.MAX_SAFE_INTEGER) ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
  return {
    results: merged.slice(options.page.offset, options.page.offset + options.page.limit),
    count: merged.length,
  };
}

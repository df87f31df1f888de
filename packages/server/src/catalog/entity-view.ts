import { parseJsonColumn } from '../lib/json.js';
import { type EntitySource, findResourceLinks } from '../store/catalog/index.js';
import type { Store } from '../store/database.js';
import { listTestsForResources } from '../store/dbt/index.js';
import type { ResourceView } from './resource-view.js';

/** One source of an entity as the API shows it ("described by: Warehouse, dbt"). */
export interface DescribedBy {
  resource: string;
  integration: string | null;
  integration_name: string | null;
  integration_type: string | null;
  /** `dbt` for a dbt project's node, `warehouse` for any other integration's table. */
  kind: 'dbt' | 'warehouse';
}

/**
 * Which source gives each editable field of a merged table (docs/lineage.md "Entities and sources"):
 *
 *   1. a user edit on any source (the newest edited source when several are) — under that source's import
 *      policy, as its effective value already says;
 *   2. otherwise the first source, in this order, with a non-empty value: dbt, then the warehouse.
 *
 * Everything structural (title, schema, database, columns, row count, size, facts) is the primary source's: the
 * warehouse table when there is one. Tags are the union of the sources' until a user sets them on one (then
 * that source's, the newest edited when several are); dbt tests are the union of the sources'.
 */
const DBT_FIRST_FIELDS = ['description', 'definition', 'owners'] as const;

/** The primary's view with the other sources merged in; `sources` lists every source's resource id. */
export async function mergeEntitySources(
  store: Pick<Store, 'db'>,
  primary: ResourceView,
  sources: EntitySource[],
  /** The sources' own views when the caller has them (a list page reads them in one batch). */
  known?: ReadonlyMap<string, ResourceView>,
): Promise<ResourceView> {
  const describedBy: DescribedBy[] = sources.map((source) => ({
    resource: source.resource_id,
    integration: source.integration_id,
    integration_name: source.integration_name,
    integration_type: source.integration_type,
    kind: source.is_dbt ? 'dbt' : 'warehouse',
  }));
  const merged: ResourceView & { described_by: DescribedBy[] } = { ...primary, described_by: describedBy };
  if (sources.length < 2) return merged;
  merged.sources = sources.map((source) => source.resource_id);
  const edited = (field: string) =>
    sources
      .filter((source) => field in parseJsonColumn<Record<string, unknown>>(source.user_values, {}))
      .sort((a, b) => b.updated_at.localeCompare(a.updated_at))[0];
  const bySourceOrder = [...sources].sort((a, b) => Number(b.is_dbt) - Number(a.is_dbt));
  for (const field of DBT_FIRST_FIELDS) {
    const present = (source: EntitySource) =>
      field === 'owners'
        ? parseJsonColumn<string[]>(source.owners, []).length > 0
        : source[field].trim() !== '';
    const winner = edited(field) ?? bySourceOrder.find(present);
    if (!winner) continue;
    if (field === 'owners') merged.owners = parseJsonColumn<string[]>(winner.owners, []);
    else merged[field] = winner[field];
  }
  const others = sources.map((source) => source.resource_id).filter((id) => id !== primary.id);
  const [links, tests] =
    known && others.every((id) => known.has(id))
      ? [
          new Map(others.map((id) => [id, { tags: known.get(id)!.tags }])),
          new Map(others.map((id) => [id, known.get(id)!.tests])),
        ]
      : await Promise.all([findResourceLinks(store.db, others), listTestsForResources(store.db, others)]);
  for (const id of others) merged.tests = [...merged.tests, ...(tests.get(id) ?? [])];
  // Tags a user set on a source (the newest edited one) are the entity's; otherwise the union of the sources'.
  const tagsEdited = edited('tags');
  if (tagsEdited) {
    merged.tags =
      tagsEdited.resource_id === primary.id ? primary.tags : (links.get(tagsEdited.resource_id)?.tags ?? []);
  } else {
    const tags = new Set(merged.tags);
    for (const id of others) for (const tag of links.get(id)?.tags ?? []) tags.add(tag);
    merged.tags = [...tags];
  }
  return merged;
}

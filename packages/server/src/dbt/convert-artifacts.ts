import type { DeclaredLineage, LineageID, Resource } from '@sextant/sdk';
import type { RunRecord } from '../sync/sync-types.js';
import type { DbtExposure } from './artifact-types.js';
import type { ColumnLineageOutcome, UpstreamColumn } from './column-lineage.js';
import { type DbtAsset, type DbtProject, ownersOf, tagsOf } from './dbt-project.js';

/** databuilder_id of a column: the asset's unique_id, a dot, the column name as dbt spells it. */
export const columnId = (uniqueId: string, column: string) => `${uniqueId}.${column}`;
export const databaseId = (database: string) => `database:${database.toLowerCase()}`;
export const schemaId = (database: string, schema: string) =>
  `schema:${database.toLowerCase()}.${schema.toLowerCase()}`;

/** The database name a resource carries: adapters without a database level use the schema in its place. */
export const databaseOf = (asset: DbtAsset) => asset.database ?? asset.schema;

const internal = (databuilder_id: string): LineageID => ({ type: 'internal_resource', databuilder_id });

/**
 * The whole sync of one dbt project as run records, in the order the engine likes (resources, then lineage):
 *
 *   database ─> schema ─> model | seed | snapshot | source ─> columns        exposures as dashboards
 *   depends_on:     upstream asset ──> asset, exposure                      (model level, exactly)
 *   compiled SQL:   upstream column ──> model column                        (direct edges only)
 *   warehouse:      asset ──> external table it builds;  external table ──> source
 *
 * Pure: the same project gives the same records.
 */
export function* dbtRunRecords(
  project: DbtProject,
  lineage: ColumnLineageOutcome,
  file = 'manifest.json',
): Generator<RunRecord> {
  let line = 0;
  const resource = (value: Resource): RunRecord => ({
    kind: 'resource',
    value,
    origin: { file, line: ++line },
  });
  const edge = (value: DeclaredLineage): RunRecord => ({
    kind: 'lineage',
    value,
    origin: { file, line: ++line },
  });

  for (const value of containerResources(project)) yield resource(value);
  for (const asset of project.assets.values()) {
    yield resource(assetResource(asset));
    for (const column of columnResources(asset)) yield resource(column);
  }
  for (const exposure of project.exposures) yield resource(exposureResource(exposure));

  for (const asset of project.assets.values()) {
    for (const upstream of new Set(asset.dependsOn)) {
      if (project.assets.has(upstream))
        yield edge({ from_identifier: internal(upstream), to_identifier: internal(asset.uniqueId) });
    }
    const link = warehouseLink(asset);
    if (link) yield edge(link);
  }
  for (const exposure of project.exposures) {
    for (const upstream of new Set(exposure.depends_on?.nodes ?? [])) {
      if (project.assets.has(upstream))
        yield edge({ from_identifier: internal(upstream), to_identifier: internal(exposure.unique_id) });
    }
  }
  for (const [uniqueId, edges] of lineage.edges) {
    const asset = project.assets.get(uniqueId)!;
    for (const columnEdge of edges) {
      yield edge({
        from_identifier: upstreamColumnId(project, columnEdge.from),
        to_identifier: internal(columnId(uniqueId, asset.columns.get(columnEdge.to.toLowerCase())!.name)),
      });
    }
  }
}

function containerResources(project: DbtProject): Resource[] {
  const resources = new Map<string, Resource>();
  for (const asset of project.assets.values()) {
    const database = databaseOf(asset);
    const dbId = databaseId(database);
    if (!resources.has(dbId))
      resources.set(dbId, { entity_type: 'database', databuilder_id: dbId, title: database });
    const id = schemaId(database, asset.schema);
    if (!resources.has(id)) {
      resources.set(id, {
        entity_type: 'schema',
        databuilder_id: id,
        parent_databuilder_id: dbId,
        title: asset.schema,
        database,
      });
    }
  }
  return [...resources.values()];
}

function assetResource(asset: DbtAsset): Resource {
  const database = databaseOf(asset);
  return {
    entity_type: 'table',
    databuilder_id: asset.uniqueId,
    parent_databuilder_id: schemaId(database, asset.schema),
    title: asset.relation,
    description: asset.description,
    definition: asset.sql,
    native_type: asset.nativeType,
    schema: asset.schema,
    database,
    owners: asset.owners.length > 0 ? asset.owners : null,
  };
}

function columnResources(asset: DbtAsset): Resource[] {
  return [...asset.columns.values()].map((column) => ({
    entity_type: 'column',
    databuilder_id: columnId(asset.uniqueId, column.name),
    parent_databuilder_id: asset.uniqueId,
    title: column.name,
    description: column.description,
    type: column.type,
    sort_order: column.sortOrder,
  }));
}

function exposureResource(exposure: DbtExposure): Resource {
  const owners = [
    ...(exposure.owner?.email ? [exposure.owner.email] : []),
    ...ownersOf(exposure.meta, exposure.config?.meta),
  ];
  return {
    entity_type: 'dashboard',
    databuilder_id: exposure.unique_id,
    title: exposure.label || exposure.name,
    description: exposure.description || null,
    native_type: exposure.type ? `exposure:${exposure.type}` : 'exposure',
    owners: owners.length > 0 ? [...new Set(owners)] : null,
  };
}

/**
 * The warehouse side of an asset, matched by name when the warehouse integration brings it (pending until then):
 * a model, seed or snapshot builds its table; a source reads one. Ephemeral models build nothing.
 */
function warehouseLink(asset: DbtAsset): DeclaredLineage | undefined {
  if (asset.materialized === 'ephemeral') return undefined;
  const table: LineageID = {
    type: 'external_table',
    database: asset.database,
    schema: asset.schema,
    table: asset.relation,
  };
  return asset.resourceType === 'source'
    ? { from_identifier: table, to_identifier: internal(asset.uniqueId) }
    : { from_identifier: internal(asset.uniqueId), to_identifier: table };
}

function upstreamColumnId(project: DbtProject, from: UpstreamColumn): LineageID {
  if (from.kind === 'asset') {
    const upstream = project.assets.get(from.uniqueId)!;
    return internal(columnId(from.uniqueId, upstream.columns.get(from.column.toLowerCase())!.name));
  }
  return {
    type: 'external_column',
    database: from.table.database ?? null,
    schema: from.table.schema ?? null,
    table: from.table.name,
    column: from.column,
  };
}

/** Tags per asset and exposure unique_id (the SDK model has no tags; they are applied after the sync). */
export function tagsByUniqueId(project: DbtProject): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const asset of project.assets.values())
    if (asset.tags.length > 0) tags.set(asset.uniqueId, asset.tags);
  for (const exposure of project.exposures) {
    const list = tagsOf(exposure);
    if (list.length > 0) tags.set(exposure.unique_id, list);
  }
  return tags;
}

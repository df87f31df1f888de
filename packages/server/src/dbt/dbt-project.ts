import type { DbtCatalog, DbtCatalogTable, DbtExposure, DbtManifest, DbtNode } from './artifact-types.js';

/** Resource types that become table-like assets; everything else in `nodes` (tests, operations, ...) does not. */
export const ASSET_TYPES = new Set(['model', 'seed', 'snapshot', 'source']);

export interface AssetColumn {
  name: string;
  type: string | null;
  description: string | null;
  /** 1-based position: the catalog's index, else the declaration order. */
  sortOrder: number | null;
  /** Known only from the compiled SQL (neither declared in YAML nor in catalog.json). */
  isInferred: boolean;
}

/** A model, seed, snapshot or source, reduced to what the catalog keeps. */
export interface DbtAsset {
  uniqueId: string;
  resourceType: string;
  name: string;
  /** Null on adapters without a database level (Spark, Hive). */
  database: string | null;
  schema: string;
  /** The relation's table name: `alias` for nodes, `identifier` for sources. */
  relation: string;
  materialized: string | null;
  /** `model`/`seed`/`snapshot`/`source`, or `view` for a model materialized as a view. */
  nativeType: string;
  description: string | null;
  tags: string[];
  owners: string[];
  sql: string | null;
  isPython: boolean;
  dependsOn: string[];
  /** Keyed by lower-case name: dbt and warehouses disagree on case, lineage matches case-insensitively. */
  columns: Map<string, AssetColumn>;
}

export interface DbtTest {
  uniqueId: string;
  name: string;
  /** The assets the test checks: `attached_node` when dbt records it, else its `depends_on.nodes`. */
  testedIds: string[];
  columnName: string | null;
}

/** The manifest (and catalog), normalised across schema versions into the shapes the converter needs. */
export interface DbtProject {
  adapterType: string | null;
  assets: Map<string, DbtAsset>;
  exposures: DbtExposure[];
  tests: DbtTest[];
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** Builds the project model from a parsed manifest and, when given, catalog.json (real column types and order). */
export function readDbtProject(manifest: DbtManifest, catalog?: DbtCatalog): DbtProject {
  const assets = new Map<string, DbtAsset>();
  const tests: DbtTest[] = [];
  const all = [...Object.values(manifest.nodes), ...Object.values(manifest.sources ?? {})];
  for (const node of all) {
    if (node.resource_type === 'test') tests.push(readTest(node));
    else if (ASSET_TYPES.has(node.resource_type)) {
      const asset = readAsset(node);
      addCatalogColumns(asset, catalog?.nodes?.[node.unique_id] ?? catalog?.sources?.[node.unique_id]);
      assets.set(asset.uniqueId, asset);
    }
  }
  return {
    adapterType: text(manifest.metadata.adapter_type),
    assets,
    exposures: Object.values(manifest.exposures ?? {}),
    tests,
  };
}

function readAsset(node: DbtNode): DbtAsset {
  const materialized = text(node.config?.materialized);
  const isSource = node.resource_type === 'source';
  const schema = text(node.schema) ?? 'default';
  const asset: DbtAsset = {
    uniqueId: node.unique_id,
    resourceType: node.resource_type,
    name: node.name,
    database: text(node.database),
    schema,
    relation: (isSource ? text(node.identifier) : text(node.alias)) ?? node.name,
    materialized,
    nativeType: node.resource_type === 'model' && materialized === 'view' ? 'view' : node.resource_type,
    description: text(node.description),
    tags: tagsOf(node),
    owners: ownersOf(node.meta, node.config?.meta),
    sql: text(node.compiled_code) ?? text(node.compiled_sql),
    isPython: node.language === 'python',
    dependsOn: (node.depends_on?.nodes ?? []).filter((id) => typeof id === 'string'),
    columns: new Map(),
  };
  Object.values(node.columns ?? {}).forEach((column, i) => {
    const name = text(column?.name);
    if (!name || asset.columns.has(name.toLowerCase())) return;
    asset.columns.set(name.toLowerCase(), {
      name,
      type: text(column.data_type),
      description: text(column.description),
      sortOrder: i + 1,
      isInferred: false,
    });
  });
  return asset;
}

/** catalog.json knows the real columns: it adds the undeclared ones and gives types and positions to all. */
function addCatalogColumns(asset: DbtAsset, table: DbtCatalogTable | undefined): void {
  if (!table?.columns) return;
  const declaredCount = asset.columns.size;
  for (const [key, column] of Object.entries(table.columns)) {
    const name = text(column.name) ?? key;
    const sortOrder = typeof column.index === 'number' ? column.index : declaredCount + 1;
    const known = asset.columns.get(name.toLowerCase());
    if (known) {
      known.type = text(column.type) ?? known.type;
      known.sortOrder = sortOrder;
      known.description ??= text(column.comment);
    } else {
      asset.columns.set(name.toLowerCase(), {
        name,
        type: text(column.type),
        description: text(column.comment),
        sortOrder,
        isInferred: false,
      });
    }
  }
}

function readTest(node: DbtNode): DbtTest {
  const attached = text(node.attached_node);
  const dependsOn = (node.depends_on?.nodes ?? []).filter((id) => typeof id === 'string');
  const kwargColumn = node.test_metadata?.kwargs?.column_name;
  return {
    uniqueId: node.unique_id,
    name: node.name,
    testedIds: attached ? [attached] : [...new Set(dependsOn)],
    columnName: text(node.column_name) ?? text(kwargColumn),
  };
}

/** `tags` and `config.tags` (a string or a list), deduplicated, in order. */
export function tagsOf(node: { tags?: unknown; config?: { tags?: unknown } | null }): string[] {
  const list = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.filter((v) => typeof v === 'string')
        : [];
  return [...new Set([...list(node.tags), ...list(node.config?.tags)])].filter((t) => t.trim() !== '');
}

/** `meta.owner` and `config.meta.owner`: a name or email, or a list of them. */
export function ownersOf(...metas: Array<Record<string, unknown> | null | undefined>): string[] {
  const owners: string[] = [];
  for (const meta of metas) {
    const owner = meta?.owner;
    const values = Array.isArray(owner) ? owner : [owner];
    for (const value of values)
      if (typeof value === 'string' && value.trim() !== '') owners.push(value.trim());
  }
  return [...new Set(owners)];
}

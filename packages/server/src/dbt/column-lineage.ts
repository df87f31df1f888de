import {
  analyze,
  type ColumnRef,
  findDialect,
  parseTableName,
  type SchemaMap,
  type TableName,
} from '@sextant/sql-lineage';
import type { DbtAsset, DbtProject } from './dbt-project.js';

/** An upstream column of a model column: a column of another dbt asset, or of a table dbt does not know. */
export type UpstreamColumn =
  | { kind: 'asset'; uniqueId: string; column: string }
  | { kind: 'external'; table: TableName; column: string };

export interface ColumnLineageEdge {
  from: UpstreamColumn;
  /** The model's column (as the SQL names it). */
  to: string;
}

export interface ColumnLineageOutcome {
  /** Direct column edges per model unique_id. */
  edges: Map<string, ColumnLineageEdge[]>;
  /** Models whose SQL could not be (fully) parsed, with the first message. */
  problems: Array<{ uniqueId: string; message: string }>;
}

/**
 * Column lineage of every model from its compiled SQL. Models are analysed upstream first so that a model's
 * columns learnt from its SQL are known when a downstream model reads it with `select *`. Only `direct` edges are
 * kept (the value flows): `indirect` ones (join keys, filters) would tie every column to every key and drown the
 * graph. Columns seen only in the SQL are added to their asset, flagged as inferred, so the edges have both ends.
 */
export function computeColumnLineage(project: DbtProject): ColumnLineageOutcome {
  const outcome: ColumnLineageOutcome = { edges: new Map(), problems: [] };
  for (const _ of analyzeModels(project, outcome));
  return outcome;
}

/** Time the server may spend analysing SQL before it lets other requests run. */
const SLICE_MS = 20;

/**
 * {@link computeColumnLineage} for the server: the same result, but it gives the event loop back every 20 ms,
 * so a sync of thousands of models (seconds of SQL analysis) does not stall every other request meanwhile.
 */
export async function computeColumnLineageYielding(project: DbtProject): Promise<ColumnLineageOutcome> {
  const outcome: ColumnLineageOutcome = { edges: new Map(), problems: [] };
  let sliceStart = performance.now();
  for (const _ of analyzeModels(project, outcome)) {
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  }
  return outcome;
}

/** Analyses one model per step, upstream first, adding to `outcome`. */
function* analyzeModels(project: DbtProject, outcome: ColumnLineageOutcome): Generator<void> {
  const relations = indexRelations(project);
  const dialect = findDialect(project.adapterType ?? undefined)
    ? (project.adapterType ?? undefined)
    : undefined;
  for (const asset of upstreamFirst(project)) {
    if (!asset.sql || asset.isPython) continue;
    analyzeModel(project, asset, { relations, dialect, outcome });
    yield;
  }
}

function analyzeModel(
  project: DbtProject,
  asset: DbtAsset,
  context: { relations: RelationIndex; dialect: string | undefined; outcome: ColumnLineageOutcome },
): void {
  const { relations, dialect, outcome } = context;
  const result = analyze(asset.sql!, {
    ...(dialect !== undefined && { dialect }),
    ...(asset.database !== null && { defaultDatabase: asset.database }),
    defaultSchema: asset.schema,
    schema: schemaOfUpstreams(project, asset),
  });
  const firstError = result.errors.find((e) => e.severity === 'error');
  if (firstError) outcome.problems.push({ uniqueId: asset.uniqueId, message: firstError.message });
  const edges: ColumnLineageEdge[] = [];
  const seen = new Set<string>();
  for (const edge of result.columns) {
    if (
      edge.kind !== 'direct' ||
      edge.to.table !== null ||
      edge.to.column === '*' ||
      edge.from.column === '*'
    )
      continue;
    const from = upstreamOf(edge.from, relations, asset);
    if (!from) continue;
    const fromKey = from.kind === 'asset' ? from.uniqueId : JSON.stringify(from.table);
    const key = `${fromKey}\u0000${from.column.toLowerCase()}\u0000${edge.to.column.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ from, to: edge.to.column });
    inferColumn(asset, edge.to.column);
    if (from.kind === 'asset') inferColumn(project.assets.get(from.uniqueId)!, from.column);
  }
  if (edges.length > 0) outcome.edges.set(asset.uniqueId, edges);
}

/** Lower-case `db.schema.table`, `schema.table` and `table` → the unique_ids building that relation. */
type RelationIndex = Map<string, string[]>;

function indexRelations(project: DbtProject): RelationIndex {
  const index: RelationIndex = new Map();
  const add = (key: string, id: string) => {
    const ids = index.get(key);
    if (!ids) index.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const asset of project.assets.values()) {
    if (asset.materialized === 'ephemeral') continue;
    const [db, schema, table] = [asset.database, asset.schema, asset.relation].map((p) => p?.toLowerCase());
    if (db) add(`${db}.${schema}.${table}`, asset.uniqueId);
    add(`${schema}.${table}`, asset.uniqueId);
    add(`${table}`, asset.uniqueId);
  }
  return index;
}

/** Maps a table named in SQL back to the dbt asset that builds it, as qualified as the SQL wrote it. */
function upstreamOf(ref: ColumnRef, relations: RelationIndex, model: DbtAsset): UpstreamColumn | undefined {
  if (ref.table === null) return undefined;
  const table = parseTableName(ref.table);
  const parts = [table.database, table.schema, table.name].filter((p) => p !== undefined);
  const ids = relations.get(parts.join('.').toLowerCase()) ?? [];
  // Two assets may build or name one relation (a seed and the source declared on it): the model's own
  // depends_on tells which one it reads. Otherwise a shared name is not guessed and stays external.
  const candidates = ids.length > 1 ? ids.filter((id) => model.dependsOn.includes(id)) : ids;
  if (candidates.length === 1) return { kind: 'asset', uniqueId: candidates[0]!, column: ref.column };
  return { kind: 'external', table, column: ref.column };
}

/** The columns the SQL may read: every upstream asset's known columns, under its fully qualified name. */
function schemaOfUpstreams(project: DbtProject, asset: DbtAsset): SchemaMap {
  const schema: SchemaMap = {};
  for (const id of asset.dependsOn) {
    const upstream = project.assets.get(id);
    if (!upstream || upstream.columns.size === 0) continue;
    const key = [upstream.database, upstream.schema, upstream.relation].filter((p) => p !== null).join('.');
    schema[key] = [...upstream.columns.values()].map((c) => c.name);
  }
  return schema;
}

function inferColumn(asset: DbtAsset, name: string): void {
  const key = name.toLowerCase();
  if (asset.columns.has(key)) return;
  asset.columns.set(key, { name, type: null, description: null, sortOrder: null, isInferred: true });
}

/** Assets in dependency order (Kahn's algorithm over `depends_on`); members of a cycle come last, in any order. */
export function upstreamFirst(project: DbtProject): DbtAsset[] {
  const pending = new Map<string, number>();
  const downstream = new Map<string, string[]>();
  for (const asset of project.assets.values()) {
    const deps = new Set(asset.dependsOn.filter((id) => project.assets.has(id) && id !== asset.uniqueId));
    pending.set(asset.uniqueId, deps.size);
    for (const dep of deps) {
      const list = downstream.get(dep);
      if (list) list.push(asset.uniqueId);
      else downstream.set(dep, [asset.uniqueId]);
    }
  }
  const queue = [...pending].filter(([, n]) => n === 0).map(([id]) => id);
  const order: DbtAsset[] = [];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    order.push(project.assets.get(id)!);
    for (const next of downstream.get(id) ?? []) {
      const left = pending.get(next)! - 1;
      pending.set(next, left);
      if (left === 0) queue.push(next);
    }
  }
  const placed = new Set(queue);
  for (const asset of project.assets.values()) if (!placed.has(asset.uniqueId)) order.push(asset);
  return order;
}

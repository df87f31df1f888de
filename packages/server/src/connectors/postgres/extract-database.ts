import type { Resource } from '@sextant/sdk';
import type { ConnectorSink, ForeignKeyProperty } from '../connector.js';
import { objectId } from '../resource-ids.js';
import { isSchemaSelected, type SqlCredentials } from '../sql-credentials.js';
import { declareSqlLineage, RelationIndex } from '../view-lineage.js';
import {
  CURRENT_DATABASE,
  LIST_COLUMNS,
  LIST_FOREIGN_KEYS,
  LIST_RELATIONS,
  LIST_SCHEMAS,
  LIST_VIEW_DEFINITIONS,
} from './catalog-queries.js';
import type { PgSession } from './pg-session.js';
import { readQueryHistory } from './query-history.js';

/** Relations per column / foreign-key query: bounds memory (≈ 20 columns each) and round trips alike. */
const BATCH = 400;

const NATIVE_TYPES: Record<string, string> = {
  r: 'table',
  v: 'view',
  m: 'materialized view',
  f: 'foreign table',
  p: 'partitioned table',
};

interface RelationRow {
  oid: string;
  name: string;
  kind: string;
  description: string | null;
  is_readable: boolean;
  row_count: string | null;
  byte_size: string | null;
}

interface ColumnRow {
  relation: string;
  name: string;
  position: number;
  type: string;
  is_nullable: boolean;
  column_default: string | null;
  description: string | null;
  is_pk: boolean;
}

interface ForeignKeyRow {
  relation: string;
  name: string;
  columns: string[];
  ref_schema: string;
  ref_table: string;
  ref_columns: string[];
}

interface ViewRef {
  schema: string;
  name: string;
  definition: string;
}

/**
 * Streams one database into the sink:
 *
 *   query history (optional) ─calls per table─┐
 *   database → schemas → tables (+ columns, FKs) ──> sink        (names + columns kept in a RelationIndex)
 *   views, materialized views ─definition─> SQL lineage ──> sink (edges end at catalogued tables by id)
 *   query history writes ─INSERT…SELECT, CTAS, UPDATE…FROM, MERGE─> SQL lineage ──> sink
 */
export async function extractDatabase(
  session: PgSession,
  credentials: SqlCredentials,
  sink: ConnectorSink,
  signal?: AbortSignal,
): Promise<void> {
  const [database] = await session.query<{ name: string; description: string | null }>(CURRENT_DATABASE);
  const dbName = database!.name;
  const history = credentials.query_history
    ? await readQueryHistory(session, { database: dbName, sink })
    : undefined;
  await sink.emit({
    entity_type: 'database',
    databuilder_id: objectId(dbName),
    title: dbName,
    native_type: 'database',
    description: database!.description,
  });
  const relations = new RelationIndex();
  const views: ViewRef[] = [];
  const schemas = await session.query<{
    oid: string;
    name: string;
    description: string | null;
    is_readable: boolean;
  }>(LIST_SCHEMAS);
  for (const schema of schemas) {
    if (!isSchemaSelected(schema.name, credentials)) continue;
    if (!schema.is_readable) {
      sink.warn({
        code: 'schema_not_readable',
        message: `schema ${dbName}.${schema.name} is skipped: the user has no USAGE on it (GRANT USAGE ON SCHEMA "${schema.name}" TO ...)`,
        object: `${dbName}.${schema.name}`,
      });
      continue;
    }
    signal?.throwIfAborted();
    await sink.emit({
      entity_type: 'schema',
      databuilder_id: objectId(dbName, schema.name),
      parent_databuilder_id: objectId(dbName),
      title: schema.name,
      database: dbName,
      native_type: 'schema',
      description: schema.description,
    });
    const rows = await session.query<RelationRow>(LIST_RELATIONS, [schema.oid]);
    const readable = rows.filter((row) => {
      if (row.is_readable) return true;
      sink.warn({
        code: 'table_not_readable',
        message: `${NATIVE_TYPES[row.kind]} ${dbName}.${schema.name}.${row.name} is skipped: the user has no privilege on it (GRANT SELECT ON "${schema.name}"."${row.name}" TO ...)`,
        object: `${dbName}.${schema.name}.${row.name}`,
      });
      return false;
    });
    for (let start = 0; start < readable.length; start += BATCH) {
      signal?.throwIfAborted();
      const batch = readable.slice(start, start + BATCH);
      await emitRelations(session, sink, {
        database: dbName,
        schema: schema.name,
        batch,
        relations,
        history,
        views,
      });
    }
    sink.progress?.({ stage: `${dbName}.${schema.name}`, done: readable.length });
  }
  await emitViewLineage(sink, { database: dbName, views, relations });
  if (history) {
    for (const statement of history.writes) {
      const { lineages, warnings } = declareSqlLineage({
        sql: statement.query,
        dialect: 'postgres',
        defaultDatabase: dbName,
        defaultSchema: 'public',
        relations,
        label: `query history of ${dbName} (${statement.calls} calls): ${statement.query.slice(0, 80)}`,
      });
      for (const lineage of lineages) await sink.emit(lineage);
      for (const warning of warnings) sink.warn({ ...warning, code: `history_${warning.code}` });
    }
  }
}

async function emitRelations(
  session: PgSession,
  sink: ConnectorSink,
  context: {
    database: string;
    schema: string;
    batch: RelationRow[];
    relations: RelationIndex;
    history: { usage: Map<string, number> } | undefined;
    /** Views met so far, with their SQL (analysed once every table of the database is known). */
    views: ViewRef[];
  },
): Promise<void> {
  const { database, schema, batch } = context;
  const oids = batch.map((row) => row.oid);
  const columns = await session.query<ColumnRow>(LIST_COLUMNS, [oids]);
  const foreignKeys = await session.query<ForeignKeyRow>(LIST_FOREIGN_KEYS, [oids]);
  const definitions = await readViewDefinitions(
    session,
    batch.filter((row) => row.kind === 'v' || row.kind === 'm').map((row) => row.oid),
  );
  const columnsOf = groupBy(columns, (column) => column.relation);
  const keysOf = groupBy(foreignKeys, (key) => key.relation);
  for (const row of batch) {
    const tableId = objectId(database, schema, row.name);
    const tableColumns = columnsOf.get(row.oid) ?? [];
    const keys = (keysOf.get(row.oid) ?? []).map(
      (key): ForeignKeyProperty => ({
        name: key.name,
        columns: key.columns,
        references: {
          database,
          schema: key.ref_schema,
          table: key.ref_table,
          columns: key.ref_columns,
          databuilder_id: objectId(database, key.ref_schema, key.ref_table),
        },
      }),
    );
    const usage = context.history?.usage.get(`${schema}.${row.name}`.toLowerCase());
    const table: Resource = {
      entity_type: 'table',
      databuilder_id: tableId,
      parent_databuilder_id: objectId(database, schema),
      title: row.name,
      schema,
      database,
      native_type: NATIVE_TYPES[row.kind] ?? 'table',
      description: row.description,
      row_count: row.row_count === null ? null : Number(row.row_count),
      byte_size: row.byte_size === null ? null : Number(row.byte_size),
      ...(usage !== undefined && { external_usage: usage }),
    };
    const definition = definitions.get(row.oid);
    if (keys.length > 0 || definition !== undefined) {
      table.properties = {
        ...(keys.length > 0 && { foreign_keys: keys }),
        ...(definition !== undefined && { view_definition: definition }),
      };
      if (definition !== undefined) context.views.push({ schema, name: row.name, definition });
    }
    await sink.emit(table);
    for (const column of tableColumns) {
      await sink.emit({
        entity_type: 'column',
        databuilder_id: `${tableId}.${objectId(column.name)}`,
        parent_databuilder_id: tableId,
        title: column.name,
        type: column.type,
        sort_order: column.position,
        is_pk: column.is_pk,
        native_type: 'column',
        description: column.description,
        properties: {
          is_nullable: column.is_nullable,
          ...(column.column_default !== null && { column_default: column.column_default }),
        },
      });
    }
    context.relations.add(
      { database, schema, name: row.name },
      tableColumns.map((column) => column.name),
    );
  }
}

/**
 * View and materialized view definitions, printed with an empty search_path (transaction-local) so that every
 * table name in them is schema-qualified; the search_path is restored so that types print as usual.
 */
async function readViewDefinitions(session: PgSession, oids: string[]): Promise<Map<string, string>> {
  if (oids.length === 0) return new Map();
  const [saved] = await session.query<{ path: string }>(`select current_setting('search_path') as path`);
  await session.query(`select set_config('search_path', '', true)`);
  const rows = await session.query<{ oid: string; definition: string | null }>(LIST_VIEW_DEFINITIONS, [oids]);
  await session.query(`select set_config('search_path', $1, true)`, [saved!.path]);
  return new Map(
    rows.flatMap((row) => (row.definition === null ? [] : [[row.oid, row.definition] as const])),
  );
}

/** Declares every view's lineage (table and column edges) through the SQL lineage engine. */
async function emitViewLineage(
  sink: ConnectorSink,
  context: { database: string; views: ViewRef[]; relations: RelationIndex },
): Promise<void> {
  const { database, relations } = context;
  for (const view of context.views) {
    const { lineages, warnings } = declareSqlLineage({
      sql: view.definition,
      dialect: 'postgres',
      defaultDatabase: database,
      defaultSchema: view.schema,
      relations,
      view: { database, schema: view.schema, name: view.name },
      label: `${database}.${view.schema}.${view.name}`,
    });
    for (const lineage of lineages) await sink.emit(lineage);
    for (const warning of warnings) sink.warn(warning);
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

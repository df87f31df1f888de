import type { DeclaredLineage, LineageID } from '@sextant/sdk';
import {
  analyze,
  type DialectName,
  extractTables,
  parseTableName,
  type SchemaMap,
  type TableName,
} from '@sextant/sql-lineage';
import type { ConnectorWarning } from './connector.js';
import { objectId, relationKey } from './resource-ids.js';

/** The relations a run has declared (or will declare): name → databuilder_id and column names (lower case). */
export interface RelationCatalog {
  find(table: { database: string; schema: string; name: string }): KnownRelation | undefined;
}

export interface KnownRelation {
  databuilderId: string;
  /** lower-cased column name → the name as the database spells it. */
  columns: ReadonlyMap<string, string>;
}

/** A {@link RelationCatalog} kept in a map, filled as tables are declared. */
export class RelationIndex implements RelationCatalog {
  private readonly relations = new Map<string, KnownRelation>();
  /** Columns per qualified name, as the SQL lineage engine takes them to expand `*` and place bare columns. */
  readonly schema: SchemaMap = {};

  add(table: { database: string; schema: string; name: string }, columns: string[]): void {
    this.relations.set(relationKey(table.database, table.schema, table.name), {
      databuilderId: objectId(table.database, table.schema, table.name),
      columns: new Map(columns.map((column) => [column.toLowerCase(), column])),
    });
    this.schema[`${table.database}.${table.schema}.${table.name}`] = columns;
  }

  find(table: { database: string; schema: string; name: string }): KnownRelation | undefined {
    return this.relations.get(relationKey(table.database, table.schema, table.name));
  }

  /**
   * The columns of just the tables `tables` names: the SQL lineage engine indexes the schema it is given on every
   * call, so handing it every table of a 5,000-table database per view cost half a second a view.
   */
  schemaFor(tables: Array<{ database: string; schema: string; name: string }>): SchemaMap {
    const subset: SchemaMap = {};
    for (const table of tables) {
      const known = this.find(table);
      if (known) subset[`${table.database}.${table.schema}.${table.name}`] = [...known.columns.values()];
    }
    return subset;
  }
}

export interface SqlLineageInput {
  sql: string;
  dialect: DialectName;
  defaultDatabase: string;
  defaultSchema: string;
  relations: RelationIndex;
  /**
   * A view: the SQL is its SELECT and the result columns are the view's. Absent: the SQL writes its own targets
   * (INSERT … SELECT, CREATE TABLE AS, UPDATE … FROM, MERGE).
   */
  view?: { database: string; schema: string; name: string };
  /** Names the object in warnings (`db.schema.view`, or `query 1234`). */
  label: string;
}

export interface SqlLineageOutput {
  lineages: DeclaredLineage[];
  warnings: ConnectorWarning[];
}

/**
 * Lineage declarations of one piece of SQL through our SQL lineage engine: a table edge from each source to each
 * target, and a column edge for each direct column flow. Ends the run declares are internal resources; others
 * are external tables and columns resolved by name against the workspace. A parse failure or an unresolved
 * reference becomes a warning naming `label`; whatever could be read is still declared.
 */
export function declareSqlLineage(input: SqlLineageInput): SqlLineageOutput {
  const defaults = {
    dialect: input.dialect,
    defaultDatabase: input.defaultDatabase,
    defaultSchema: input.defaultSchema,
  };
  const read = extractTables(input.sql, defaults);
  const result = analyze(input.sql, {
    ...defaults,
    schema: input.relations.schemaFor(
      [...read.sourceTables, ...read.targetTables, ...read.intermediateTables].map(qualify(input)),
    ),
  });
  const warnings: ConnectorWarning[] = [];
  for (const diagnostic of result.errors) {
    const isParse = diagnostic.code === 'parse_error' || diagnostic.code === 'partial_parse';
    warnings.push({
      code: isParse ? (input.view ? 'view_unparsed' : 'query_unparsed') : 'sql_unresolved',
      message: `${input.label}: ${diagnostic.message} (line ${diagnostic.line}, column ${diagnostic.column})`,
      object: input.label,
    });
  }
  const targets = input.view ? [{ ...input.view }] : result.targetTables.map(qualify(input));
  const sources = result.sourceTables.map(qualify(input)).filter((source) => !isSame(source, targets));
  const lineages: DeclaredLineage[] = [];
  const seen = new Set<string>();
  const push = (from: LineageID, to: LineageID) => {
    const key = JSON.stringify([from, to]);
    if (seen.has(key)) return;
    seen.add(key);
    lineages.push({ from_identifier: from, to_identifier: to });
  };
  for (const target of targets) {
    for (const source of sources) push(tableEnd(source, input.relations), tableEnd(target, input.relations));
  }
  const unresolved = new Set<string>();
  for (const edge of result.columns) {
    if (edge.kind !== 'direct' || edge.from.column === '*' || edge.to.column === '*') continue;
    if (edge.from.table === null) continue;
    const from = qualify(input)(parseTableName(edge.from.table));
    const to = edge.to.table === null ? input.view : qualify(input)(parseTableName(edge.to.table));
    if (!to || isSame(from, [to])) continue;
    const fromEnd = columnEnd(from, edge.from.column, input.relations, unresolved);
    const toEnd = columnEnd(to, edge.to.column, input.relations, unresolved);
    if (fromEnd && toEnd && !(fromEnd.type === 'external_column' && toEnd.type === 'external_column'))
      push(fromEnd, toEnd);
  }
  for (const name of unresolved) {
    warnings.push({
      code: 'lineage_unresolved',
      message: `${input.label}: ${name} is not a column of a catalogued table; its lineage is kept by name and heals when the table is catalogued`,
      object: input.label,
    });
  }
  return { lineages, warnings };
}

type Qualified = { database: string; schema: string; name: string };

const qualify =
  (input: SqlLineageInput) =>
  (table: TableName): Qualified => ({
    database: table.database ?? input.defaultDatabase,
    schema: table.schema ?? input.defaultSchema,
    name: table.name,
  });

function isSame(table: Qualified, others: Qualified[]): boolean {
  const key = relationKey(table.database, table.schema, table.name);
  return others.some((other) => relationKey(other.database, other.schema, other.name) === key);
}

function tableEnd(table: Qualified, relations: RelationIndex): LineageID {
  const known = relations.find(table);
  if (known) return { type: 'internal_resource', databuilder_id: known.databuilderId };
  return { type: 'external_table', database: table.database, schema: table.schema, table: table.name };
}

function columnEnd(
  table: Qualified,
  column: string,
  relations: RelationIndex,
  unresolved: Set<string>,
): LineageID | undefined {
  const known = relations.find(table);
  if (known) {
    const exact = known.columns.get(column.toLowerCase());
    if (exact === undefined) {
      unresolved.add(`${table.schema}.${table.name}.${column}`);
      return undefined;
    }
    return { type: 'internal_resource', databuilder_id: `${known.databuilderId}.${objectId(exact)}` };
  }
  unresolved.add(`${table.schema}.${table.name}.${column}`);
  return {
    type: 'external_column',
    database: table.database,
    schema: table.schema,
    table: table.name,
    column,
  };
}

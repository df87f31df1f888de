import type { DeclaredLineage, LineageID } from '@sextant/sdk';
import type { ConnectorWarning } from '../connector.js';
import { declareSqlLineage, type KnownRelation, RelationIndex } from '../view-lineage.js';

/**
 * The relations of one MySQL database, for view lineage. In MySQL a name has two parts (`db.table`) and the
 * lineage engine reads `db` as the schema; the database is the schema (mysql-records.ts), so lookups take the
 * schema as the database too, whatever default database the engine filled in.
 */
export class MysqlRelationIndex extends RelationIndex {
  override find(table: { database: string; schema: string; name: string }): KnownRelation | undefined {
    return super.find({ database: table.schema, schema: table.schema, name: table.name });
  }

  /** Declares a table or view of `database` with its columns, in ordinal order. */
  addTable(database: string, table: string, columns: string[]): void {
    this.add({ database, schema: database, name: table }, columns);
  }
}

/**
 * Table and column lineage of one view (its definition as information_schema prints it: fully qualified,
 * backquoted), through the shared view lineage with the MySQL dialect and the view's database as default.
 */
export function declareMysqlViewLineage(input: {
  database: string;
  view: string;
  definition: string;
  relations: MysqlRelationIndex;
}): { lineages: DeclaredLineage[]; warnings: ConnectorWarning[] } {
  const output = declareSqlLineage({
    sql: input.definition,
    dialect: 'mysql',
    defaultDatabase: input.database,
    defaultSchema: input.database,
    relations: input.relations,
    view: { database: input.database, schema: input.database, name: input.view },
    label: `${input.database}.${input.view}`,
  });
  return { lineages: output.lineages.map(withDatabaseAsSchema), warnings: output.warnings };
}

/** A reference to another database (`other.t`) names its database by the schema, as everywhere in MySQL. */
function withDatabaseAsSchema(lineage: DeclaredLineage): DeclaredLineage {
  return { from_identifier: fixEnd(lineage.from_identifier), to_identifier: fixEnd(lineage.to_identifier) };
}

function fixEnd(end: LineageID): LineageID {
  if ((end.type === 'external_table' || end.type === 'external_column') && end.schema) {
    return { ...end, database: end.schema };
  }
  return end;
}

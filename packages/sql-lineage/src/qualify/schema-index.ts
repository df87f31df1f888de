import type { SchemaMap, TableName } from '../model.js';
import { formatTableName, type NameContext, qualifyUserTableName } from './qualify-table.js';

/**
 * Known columns per table: the user's `schema` option plus tables the script itself creates. Keys are
 * qualified with the same defaults as the SQL, so `{"orders": [...]}` matches `public.orders` when the default
 * schema is `public`; a less qualified key also matches a more qualified name when only one table has that name.
 */
export class SchemaIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly byName = new Map<string, string[][]>();

  constructor(
    schema: SchemaMap | undefined,
    private readonly ctx: NameContext,
  ) {
    for (const [key, columns] of Object.entries(schema ?? {})) {
      if (!Array.isArray(columns)) continue;
      const table = qualifyUserTableName(key, ctx);
      this.set(
        table,
        columns.map((c) => this.normalizeColumn(String(c))),
      );
    }
  }

  /** Records (or replaces) the columns of a table, e.g. one created earlier in the script. */
  set(table: TableName, columns: string[]): void {
    this.byKey.set(formatTableName(table), columns);
    const list = this.byName.get(table.name) ?? [];
    list.push(columns);
    this.byName.set(table.name, list);
  }

  /** Forgets a dropped table. */
  delete(table: TableName): void {
    this.byKey.delete(formatTableName(table));
    this.byName.delete(table.name);
  }

  /** The columns of a table, or `undefined` when unknown. */
  columnsOf(table: TableName): string[] | undefined {
    const exact = this.byKey.get(formatTableName(table));
    if (exact) return exact;
    const sameName = this.byName.get(table.name);
    return sameName?.length === 1 ? sameName[0] : undefined;
  }

  private normalizeColumn(column: string): string {
    const rule = this.ctx.dialect.columnCase;
    return rule === 'preserve' ? column : column.toLowerCase();
  }
}

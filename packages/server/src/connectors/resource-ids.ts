/**
 * `databuilder_id`s of database objects: the dotted path `db.schema.table.column`, each part with `\` and `.`
 * escaped so that a name containing a dot cannot collide with a deeper path. Stable across runs: the sync engine
 * upserts by them, so a dropped table that comes back finds its old resource (and its user edits) again.
 */
export function objectId(...parts: string[]): string {
  return parts.map((part) => part.replace(/\\/g, '\\\\').replace(/\./g, '\\.')).join('.');
}

/** Lower-cased `db.schema.table` key for name lookups (SQL analysis folds unquoted names to lower case). */
export function relationKey(database: string, schema: string, table: string): string {
  return `${database}\u0000${schema}\u0000${table}`.toLowerCase();
}

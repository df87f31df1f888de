/**
 * The dotted full title (compat §6: "db.schema.table"): tables from their database and schema names, everything
 * else from its parent's full title, like the sync engine derives it for synced rows.
 */
export function titleFullOf(options: {
  entityType: string;
  title: string;
  schema: string | null;
  database: string | null;
  parentTitleFull: string | undefined;
}): string {
  const { entityType, title, schema, database, parentTitleFull } = options;
  if (entityType === 'table') return [database, schema, title].filter((part) => part).join('.');
  if (entityType === 'schema' && database) return `${database}.${title}`;
  return parentTitleFull ? `${parentTitleFull}.${title}` : title;
}

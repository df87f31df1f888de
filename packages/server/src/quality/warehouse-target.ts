import type { Kysely } from 'kysely';
import { openCredentials } from '../auth/credentials.js';
import type { SecretBox } from '../auth/secret-box.js';
import { findConnector } from '../connectors/registry.js';
import type { SqlCredentials } from '../connectors/sql-credentials.js';
import { InputError, NotFoundError } from '../errors/index.js';
import { findIntegration } from '../store/integrations/index.js';
import { findQualityResource, listTableColumnRows, type QualityResourceRow } from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import { openWarehouseSession, type WarehouseDialect, type WarehouseSession } from './warehouse-session.js';

/** A catalogued table (or one of its columns) and how to reach the database that holds it. */
export interface WarehouseTarget {
  /** The resource asked for: the table, or a column of it. */
  resource: QualityResourceRow;
  table: QualityResourceRow;
  column: QualityResourceRow | undefined;
  /** The table's catalogued columns (PII flags). */
  columns: QualityResourceRow[];
  dialect: WarehouseDialect;
  credentials: SqlCredentials;
  database: string;
  schema: string;
  /** Values to remove from any message (the password). */
  secrets: string[];
  /** The integration's `properties` (e.g. `preview_role`). */
  integrationProperties: Record<string, unknown>;
}

const DIALECTS: Record<string, WarehouseDialect> = { postgres: 'postgres', mysql: 'mysql' };

/**
 * Resolves a table or column of the workspace to its database connection: the resource must come from a built-in
 * PostgreSQL or MySQL/MariaDB connector integration (whose sealed credentials are opened here). Clear 404/400
 * errors otherwise.
 */
export async function resolveWarehouseTarget(
  db: Kysely<Database>,
  secrets: SecretBox,
  options: { workspaceId: string; resourceId: string },
): Promise<WarehouseTarget> {
  const resource = await findQualityResource(db, options.workspaceId, options.resourceId);
  if (!resource) throw new NotFoundError('resource_not_found', `no resource ${options.resourceId}`);
  if (resource.entity_type !== 'table' && resource.entity_type !== 'column') {
    throw new InputError(
      'quality_target_unsupported',
      `a ${resource.entity_type} cannot be profiled or monitored: pick a table or a column`,
      {
        entity_type: resource.entity_type,
      },
    );
  }
  const table =
    resource.entity_type === 'table'
      ? resource
      : resource.parent_id
        ? await findQualityResource(db, options.workspaceId, resource.parent_id)
        : undefined;
  if (table?.entity_type !== 'table') {
    throw new InputError('quality_target_unsupported', 'the column belongs to no catalogued table');
  }
  const integration = table.integration_id
    ? await findIntegration(db, options.workspaceId, table.integration_id)
    : undefined;
  const connector = integration ? findConnector(integration.type) : undefined;
  const dialect = connector ? DIALECTS[connector.type] : undefined;
  if (!integration || !connector || !dialect || !table.database_name || !table.schema_name) {
    throw new InputError(
      'quality_target_unsupported',
      `"${table.title_full}" was not catalogued by a built-in PostgreSQL or MySQL connector, so Sextant cannot query it`,
    );
  }
  const raw = openCredentials(secrets, integration.credentials_encrypted);
  const credentials = connector.parseCredentials(raw) as SqlCredentials;
  return {
    resource,
    table,
    column: resource.entity_type === 'column' ? resource : undefined,
    columns: await listTableColumnRows(db, table.id),
    dialect,
    credentials,
    database: table.database_name,
    schema: table.schema_name,
    secrets: credentials.password ? [credentials.password] : [],
    integrationProperties: parseObject(integration.properties),
  };
}

/** Opens a read-only session on the target's database, with a statement timeout. */
export function openTargetSession(
  target: WarehouseTarget,
  options: { statementTimeoutMs: number },
): Promise<WarehouseSession> {
  return openWarehouseSession(target.dialect, target.credentials, {
    database: target.database,
    statementTimeoutMs: options.statementTimeoutMs,
  });
}

/** Whether a column's values may not be read: the column or its table is marked PII in the catalog. */
export function isPiiColumn(target: WarehouseTarget, columnName: string): boolean {
  if (target.table.pii) return true;
  const wanted = columnName.toLowerCase();
  return target.columns.some((column) => column.title.toLowerCase() === wanted && column.pii === 1);
}

function parseObject(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

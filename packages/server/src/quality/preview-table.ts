import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { hasRole, isRole } from '../auth/roles.js';
import type { SecretBox } from '../auth/secret-box.js';
import { ForbiddenError, InputError } from '../errors/index.js';
import { recordAudit } from '../store/audit-logs.js';
import type { Database, Role } from '../store/schema.js';
import { columnTypesSql } from './profile-sql.js';
import { isPiiColumn, openTargetSession, resolveWarehouseTarget } from './warehouse-target.js';

/** Rows a preview shows. */
export const PREVIEW_ROWS = 50;
/** The role a preview needs unless the integration's `properties.preview_role` says otherwise. */
export const DEFAULT_PREVIEW_ROLE: Role = 'editor';
/** What a masked (PII) cell shows: the value is never read. */
export const MASK = '••••••';
const PREVIEW_TIMEOUT_MS = 15_000;

export interface TablePreview {
  columns: Array<{ name: string; data_type: string; is_masked: boolean }>;
  rows: unknown[][];
}

/**
 * The first {@link PREVIEW_ROWS} rows of a connector-backed table, read in a read-only transaction under a
 * statement timeout. PII columns are not selected at all (their cells show {@link MASK}). Only roles at or above
 * the integration's `preview_role` (default editor) may preview; every preview is audited (which columns, how
 * many rows; never the values).
 */
export async function previewTable(
  db: Kysely<Database>,
  secrets: SecretBox,
  auth: AuthContext,
  tableId: string,
): Promise<TablePreview> {
  const target = await resolveWarehouseTarget(db, secrets, {
    workspaceId: auth.workspaceId,
    resourceId: tableId,
  });
  if (target.resource.entity_type !== 'table') {
    throw new InputError('quality_target_unsupported', 'previews are of tables: pass the table id');
  }
  const configured = target.integrationProperties.preview_role;
  const required: Role = isRole(configured) ? configured : DEFAULT_PREVIEW_ROLE;
  if (!hasRole(auth.role, required)) {
    throw new ForbiddenError(
      'forbidden',
      `previewing this table needs the ${required} role; you act as ${auth.role}`,
      {
        required,
      },
    );
  }
  const session = await openTargetSession(target, { statementTimeoutMs: PREVIEW_TIMEOUT_MS });
  let preview: TablePreview;
  try {
    const types = await session.rows<{ column_name: string; data_type: string }>(
      columnTypesSql(session.dialect),
      [target.schema, target.table.title],
    );
    const columns = types.map((t) => ({
      name: t.column_name,
      data_type: t.data_type,
      is_masked: isPiiColumn(target, t.column_name),
    }));
    const readable = columns.filter((c) => !c.is_masked);
    const list =
      readable.length > 0 ? readable.map((c) => session.quote(c.name)).join(', ') : '1 as sextant_row';
    const rows = await session.rows<Record<string, unknown>>(
      `select ${list} from ${session.quote(target.schema)}.${session.quote(target.table.title)} limit ${PREVIEW_ROWS}`,
    );
    preview = {
      columns,
      rows: rows.map((row) => columns.map((c) => (c.is_masked ? MASK : toJsonValue(row[c.name])))),
    };
  } finally {
    await session.close();
  }
  await recordAudit(db, {
    ...auditActor(auth),
    action: 'preview',
    entityType: 'resource',
    entityId: target.table.id,
    after: {
      rows: preview.rows.length,
      columns: preview.columns.map((c) => c.name),
      masked: preview.columns.filter((c) => c.is_masked).map((c) => c.name),
    },
  });
  return preview;
}

function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

import type { Kysely } from 'kysely';
import Type, { type Static } from 'typebox';
import { NotFoundError } from '../errors/index.js';
import { Nullable } from '../lib/typebox.js';
import {
  findLatestTableProfile,
  findQualityResource,
  listTableProfiles,
  type TableProfileRow,
} from '../store/quality/index.js';
import type { Database } from '../store/schema.js';
import { type ColumnProfile, ColumnProfileSchema } from './profile-model.js';

/** A stored profile as the API answers it. */
export const TableProfileSchema = Type.Object(
  {
    id: Type.String(),
    resource_id: Type.String(),
    row_count: Nullable(Type.Number()),
    is_row_count_estimated: Type.Boolean(),
    sample_percent: Nullable(Type.Number()),
    columns: Type.Array(ColumnProfileSchema),
    status: Type.String({ description: 'succeeded or failed' }),
    error: Nullable(Type.String()),
    duration_ms: Type.Integer(),
    trigger: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type TableProfileView = Static<typeof TableProfileSchema>;

export function toTableProfileView(row: TableProfileRow): TableProfileView {
  return {
    id: row.id,
    resource_id: row.resource_id,
    row_count: row.row_count === null ? null : Number(row.row_count),
    is_row_count_estimated: row.is_row_count_estimated === 1,
    sample_percent: row.sample_percent === null ? null : Number(row.sample_percent),
    columns: JSON.parse(row.columns) as ColumnProfile[],
    status: row.status,
    error: row.error,
    duration_ms: row.duration_ms,
    trigger: row.trigger,
    created_at: row.created_at,
  };
}

/** A table's stored profiles, newest first (404 when the table is not in the workspace). */
export async function listTableProfileViews(
  db: Kysely<Database>,
  options: { workspaceId: string; resourceId: string; limit: number; offset: number },
): Promise<{ views: TableProfileView[]; count: number }> {
  if (!(await findQualityResource(db, options.workspaceId, options.resourceId))) {
    throw new NotFoundError('resource_not_found', `no resource ${options.resourceId}`);
  }
  const { rows, count } = await listTableProfiles(db, options);
  return { views: rows.map(toTableProfileView), count };
}

/** A column's figures from the newest successful profile of its table. */
export async function getColumnProfile(
  db: Kysely<Database>,
  workspaceId: string,
  columnId: string,
): Promise<{
  profile_id: string;
  created_at: string;
  row_count: number | null;
  column: TableProfileView['columns'][number];
}> {
  const column = await findQualityResource(db, workspaceId, columnId);
  if (column?.entity_type !== 'column' || !column.parent_id) {
    throw new NotFoundError('resource_not_found', `no column ${columnId}`);
  }
  const latest = await findLatestTableProfile(db, column.parent_id);
  const view = latest ? toTableProfileView(latest) : undefined;
  const figures = view?.columns.find(
    (c) => c.resource_id === columnId || c.name.toLowerCase() === column.title.toLowerCase(),
  );
  if (!view || !figures) {
    throw new NotFoundError('profile_not_found', `the table of column ${columnId} has not been profiled yet`);
  }
  return { profile_id: view.id, created_at: view.created_at, row_count: view.row_count, column: figures };
}

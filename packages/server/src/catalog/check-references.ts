import type { Kysely } from 'kysely';
import { type ErrorCode, UnprocessableError } from '../errors/index.js';
import { findMissingIds, type ReferencedTable } from '../store/catalog/index.js';
import type { Database } from '../store/schema.js';

const CODES: Record<ReferencedTable, ErrorCode> = {
  resources: 'resource_not_found',
  tags: 'tag_not_found',
  collections: 'collection_not_found',
  integrations: 'integration_not_found',
  teams: 'team_not_found',
  groups: 'group_not_found',
  custom_properties: 'custom_property_not_found',
  users: 'user_not_found',
};

/**
 * Fails with 422 when a body names ids that are not in the workspace (`field` names the body field). Ids of
 * another workspace are reported exactly like unknown ones, so nothing leaks.
 */
export async function assertIdsInWorkspace(
  db: Kysely<Database>,
  options: { table: ReferencedTable; workspaceId: string; ids: readonly string[] | undefined; field: string },
): Promise<void> {
  if (!options.ids || options.ids.length === 0) return;
  const missing = await findMissingIds(db, {
    table: options.table,
    workspaceId: options.workspaceId,
    ids: options.ids,
  });
  if (missing.length > 0) {
    throw new UnprocessableError(
      CODES[options.table],
      `${options.field}: unknown id${missing.length > 1 ? 's' : ''} ${missing.slice(0, 5).join(', ')}`,
      { field: options.field, missing: missing.slice(0, 100) },
    );
  }
}

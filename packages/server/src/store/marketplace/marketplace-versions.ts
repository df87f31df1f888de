import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type {
  MarketplaceIntegrationRow,
  MarketplaceVersionRow,
  MarketplaceVersionsTable,
  ReviewStatus,
} from './marketplace-tables.js';

export async function insertMarketplaceVersion(
  db: Kysely<Database>,
  row: MarketplaceVersionsTable,
): Promise<void> {
  await db.insertInto('marketplace_versions').values(row).execute();
}

export async function findMarketplaceVersion(
  db: Kysely<Database>,
  integrationId: string,
  version: number,
): Promise<MarketplaceVersionRow | undefined> {
  return db
    .selectFrom('marketplace_versions')
    .selectAll()
    .where('integration_id', '=', integrationId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The versions of one integration, newest first; `statuses` narrows them (e.g. to approved for other workspaces). */
export async function listMarketplaceVersions(
  db: Kysely<Database>,
  options: { integrationId: string; statuses?: ReviewStatus[] },
): Promise<MarketplaceVersionRow[]> {
  let query = db
    .selectFrom('marketplace_versions')
    .selectAll()
    .where('integration_id', '=', options.integrationId);
  if (options.statuses) query = query.where('status', 'in', options.statuses);
  return query.orderBy('version', 'desc').execute();
}

/** The newest version with one of the statuses, or the newest at all. */
export async function findLatestMarketplaceVersion(
  db: Kysely<Database>,
  options: { integrationId: string; statuses?: ReviewStatus[] },
): Promise<MarketplaceVersionRow | undefined> {
  let query = db
    .selectFrom('marketplace_versions')
    .selectAll()
    .where('integration_id', '=', options.integrationId);
  if (options.statuses) query = query.where('status', 'in', options.statuses);
  return query.orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export interface ReviewChange {
  status: ReviewStatus;
  submitted_at?: string | null;
  reviewed_at?: string | null;
  reviewed_by?: string | null;
  review_note?: string | null;
}

/**
 * Moves a version from one of the `from` statuses to a new one; answers false when it was in none of them
 * (another reviewer was first, or it was never submitted). Code, bundle, fields and endpoints never change.
 */
export async function changeReviewStatus(
  db: Kysely<Database>,
  options: { integrationId: string; version: number; from: ReviewStatus[]; change: ReviewChange },
): Promise<boolean> {
  const result = await db
    .updateTable('marketplace_versions')
    .set(options.change)
    .where('integration_id', '=', options.integrationId)
    .where('version', '=', options.version)
    .where('status', 'in', options.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type SubmittedVersionRow = MarketplaceVersionRow &
  Pick<MarketplaceIntegrationRow, 'name' | 'workspace_id'>;

/** The review queue: every submitted version on the server, oldest submission first. */
export async function listSubmittedVersions(
  db: Kysely<Database>,
  options: { limit: number; offset: number },
): Promise<{ rows: SubmittedVersionRow[]; count: number }> {
  const base = db
    .selectFrom('marketplace_versions as v')
    .innerJoin('marketplace_integrations as i', 'i.id', 'v.integration_id')
    .where('v.status', '=', 'submitted');
  const [rows, total] = await Promise.all([
    base
      .selectAll('v')
      .select(['i.name', 'i.workspace_id'])
      .orderBy('v.submitted_at')
      .orderBy('v.integration_id')
      .orderBy('v.version')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number(total.n) };
}

export type ListingRow = MarketplaceIntegrationRow & { approved: MarketplaceVersionRow };

/**
 * The server-wide listing: integrations with at least one approved version, each with its newest approved one,
 * by name. Two queries (the page of integrations, then their newest approved versions) rather than a correlated
 * subquery per row, which reads the same on both backends.
 */
export async function listApprovedIntegrations(
  db: Kysely<Database>,
  options: { limit: number; offset: number; category?: string | undefined },
): Promise<{ rows: ListingRow[]; count: number }> {
  const m = db;
  let base = m
    .selectFrom('marketplace_integrations as i')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('marketplace_versions as v')
          .select('v.version')
          .whereRef('v.integration_id', '=', 'i.id')
          .where('v.status', '=', 'approved'),
      ),
    );
  if (options.category !== undefined) base = base.where('i.category', '=', options.category);
  const [integrations, total] = await Promise.all([
    base
      .selectAll('i')
      .orderBy('i.name')
      .orderBy('i.id')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  if (integrations.length === 0) return { rows: [], count: Number(total.n) };
  const versions = await m
    .selectFrom('marketplace_versions')
    .selectAll()
    .where(
      'integration_id',
      'in',
      integrations.map((row) => row.id),
    )
    .where('status', '=', 'approved')
    .orderBy('version', 'desc')
    .execute();
  const newest = new Map<string, MarketplaceVersionRow>();
  for (const version of versions)
    if (!newest.has(version.integration_id)) newest.set(version.integration_id, version);
  const rows = integrations.flatMap((row) => {
    const approved = newest.get(row.id);
    return approved ? [{ ...row, approved }] : [];
  });
  return { rows, count: Number(total.n) };
}

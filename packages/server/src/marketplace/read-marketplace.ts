import type { Kysely } from 'kysely';
import { NotFoundError } from '../errors/index.js';
import {
  findLatestMarketplaceVersion,
  findMarketplaceIntegration,
  findMarketplaceVersion,
  listApprovedIntegrations,
  listMarketplaceVersions,
  listWorkspaceMarketplaceIntegrations,
  type MarketplaceIntegrationRow,
  type MarketplaceVersionRow,
  type ReviewStatus,
} from '../store/marketplace/index.js';
import type { Database } from '../store/schema.js';
import {
  allowedEndpointsOf,
  credentialFieldsOf,
  type ListingItemView,
  type MarketplaceIntegrationView,
  type MarketplaceVersionView,
  toMarketplaceIntegrationView,
  toVersionView,
} from './views.js';

/**
 * What a workspace sees of a marketplace integration: its own ones entirely; another workspace's only once a
 * version is approved, and then only the approved versions. Anything else is as absent as an unknown id.
 */
export interface VisibleIntegration {
  row: MarketplaceIntegrationRow;
  isOwn: boolean;
  /** The statuses of the versions the caller may see, undefined for all. */
  statuses: ReviewStatus[] | undefined;
}

const APPROVED: ReviewStatus[] = ['approved'];

export async function getVisibleIntegration(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<VisibleIntegration> {
  const row = await findMarketplaceIntegration(db, id);
  if (row?.workspace_id === workspaceId) return { row, isOwn: true, statuses: undefined };
  if (row && (await findLatestMarketplaceVersion(db, { integrationId: id, statuses: APPROVED })))
    return { row, isOwn: false, statuses: APPROVED };
  throw new NotFoundError('marketplace_integration_not_found', `no marketplace integration with id ${id}`, {
    id,
  });
}

export async function getVisibleVersion(
  db: Kysely<Database>,
  visible: VisibleIntegration,
  version: number,
): Promise<MarketplaceVersionRow> {
  const row = await findMarketplaceVersion(db, visible.row.id, version);
  if (!row || (visible.statuses && !visible.statuses.includes(row.status))) {
    throw new NotFoundError(
      'marketplace_version_not_found',
      `marketplace integration ${visible.row.id} has no version ${version}`,
      { id: visible.row.id, version },
    );
  }
  return row;
}

export async function viewOfVisible(
  db: Kysely<Database>,
  visible: VisibleIntegration,
): Promise<MarketplaceIntegrationView> {
  const approved = await findLatestMarketplaceVersion(db, {
    integrationId: visible.row.id,
    statuses: APPROVED,
  });
  const latest = visible.isOwn ? visible.row.latest_version : (approved?.version ?? 0);
  return toMarketplaceIntegrationView(visible.row, { latest, approved: approved?.version ?? null });
}

export async function getMarketplaceIntegrationView(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<MarketplaceIntegrationView> {
  return viewOfVisible(db, await getVisibleIntegration(db, workspaceId, id));
}

/** The workspace's own marketplace integrations (drafts included). */
export async function listOwnMarketplaceIntegrations(
  db: Kysely<Database>,
  options: { workspaceId: string; limit: number; offset: number },
): Promise<{ views: MarketplaceIntegrationView[]; count: number }> {
  const { rows, count } = await listWorkspaceMarketplaceIntegrations(db, options);
  const views = await Promise.all(
    rows.map((row) => viewOfVisible(db, { row, isOwn: true, statuses: undefined })),
  );
  return { views, count };
}

export async function listVisibleVersions(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<MarketplaceVersionView[]> {
  const visible = await getVisibleIntegration(db, workspaceId, id);
  const rows = await listMarketplaceVersions(db, {
    integrationId: id,
    ...(visible.statuses ? { statuses: visible.statuses } : {}),
  });
  return rows.map(toVersionView);
}

/** One version with its source (the bundle stays server-side: it is what runs, the source is what is reviewed). */
export async function getVisibleVersionWithSource(
  db: Kysely<Database>,
  workspaceId: string,
  options: { id: string; version: number },
): Promise<MarketplaceVersionView & { source: string }> {
  const visible = await getVisibleIntegration(db, workspaceId, options.id);
  const row = await getVisibleVersion(db, visible, options.version);
  return { ...toVersionView(row), source: row.source };
}

/** The marketplace every workspace on the server sees: approved integrations only, by name. */
export async function listMarketplaceListing(
  db: Kysely<Database>,
  options: { limit: number; offset: number; category?: string | undefined },
): Promise<{ views: ListingItemView[]; count: number }> {
  const { rows, count } = await listApprovedIntegrations(db, options);
  const views = rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    category: row.category,
    icon: row.icon,
    type: `marketplace:${row.id}`,
    version: row.approved.version,
    sha256: row.approved.sha256,
    credential_fields: credentialFieldsOf(row.approved),
    allowed_endpoints: allowedEndpointsOf(row.approved),
    approved_at: row.approved.reviewed_at,
    publisher_workspace_id: row.workspace_id,
  }));
  return { views, count };
}

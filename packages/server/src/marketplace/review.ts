import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/index.js';
import { nowIso } from '../lib/time.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  changeReviewStatus,
  findMarketplaceIntegration,
  findMarketplaceVersion,
  findReviewerWorkspaceId,
  listSubmittedVersions,
  type MarketplaceVersionRow,
  type ReviewChange,
  type ReviewStatus,
} from '../store/marketplace/index.js';
import type { Database } from '../store/schema.js';
import { getVisibleIntegration, getVisibleVersion } from './read-marketplace.js';
import { type MarketplaceVersionView, toVersionView } from './views.js';

/**
 * Marketplace reviewers are the admins of the server's first workspace (the one `sextant` bootstraps on an empty
 * store): whoever runs the server. Admins of other workspaces manage their own uploads but cannot publish them.
 */
export async function isMarketplaceReviewer(db: Kysely<Database>, auth: AuthContext): Promise<boolean> {
  return auth.role === 'admin' && (await findReviewerWorkspaceId(db)) === auth.workspaceId;
}

async function requireReviewer(db: Kysely<Database>, auth: AuthContext): Promise<void> {
  if (await isMarketplaceReviewer(db, auth)) return;
  throw new ForbiddenError(
    'not_a_reviewer',
    'only marketplace reviewers (admins of the first workspace on this server) approve or reject versions',
  );
}

/** The owner asks for review of a draft (or a rejected version, after reading the note). */
export async function submitMarketplaceVersion(
  db: Kysely<Database>,
  auth: AuthContext,
  options: { id: string; version: number },
): Promise<MarketplaceVersionView> {
  return db.transaction().execute(async (tx) => {
    const visible = await getVisibleIntegration(tx, auth.workspaceId, options.id);
    if (!visible.isOwn) {
      throw new NotFoundError(
        'marketplace_integration_not_found',
        `no marketplace integration ${options.id} in your workspace`,
        {
          id: options.id,
        },
      );
    }
    await getVisibleVersion(tx, visible, options.version);
    const change: ReviewChange = { status: 'submitted', submitted_at: nowIso() };
    const row = await moveVersion(tx, { ...options, from: ['draft', 'rejected'], change });
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'submit',
      entityType: 'marketplace_integration',
      entityId: options.id,
      after: { version: options.version, status: row.status },
    });
    return toVersionView(row);
  });
}

/** A reviewer approves a submitted version: it appears in the listing and every workspace can install it. */
export async function approveMarketplaceVersion(
  db: Kysely<Database>,
  auth: AuthContext,
  options: { id: string; version: number },
): Promise<MarketplaceVersionView> {
  return reviewVersion(db, auth, { ...options, status: 'approved', note: null });
}

/** A reviewer rejects a submitted version with a note the owner reads; the owner may resubmit it. */
export async function rejectMarketplaceVersion(
  db: Kysely<Database>,
  auth: AuthContext,
  options: { id: string; version: number; note: string },
): Promise<MarketplaceVersionView> {
  return reviewVersion(db, auth, { ...options, status: 'rejected' });
}

async function reviewVersion(
  db: Kysely<Database>,
  auth: AuthContext,
  options: { id: string; version: number; status: ReviewStatus; note: string | null },
): Promise<MarketplaceVersionView> {
  return db.transaction().execute(async (tx) => {
    await requireReviewer(tx, auth);
    const integration = await findMarketplaceIntegration(tx, options.id);
    if (!integration || !(await findMarketplaceVersion(tx, options.id, options.version)))
      throw notFound(options);
    const change: ReviewChange = {
      status: options.status,
      reviewed_at: nowIso(),
      reviewed_by: auth.userId,
      review_note: options.note,
    };
    const row = await moveVersion(tx, {
      id: options.id,
      version: options.version,
      from: ['submitted'],
      change,
    });
    const entry = {
      actorUserId: auth.userId,
      actorApiKeyId: auth.apiKeyId,
      action: options.status === 'approved' ? 'approve' : 'reject',
      entityType: 'marketplace_integration',
      entityId: options.id,
      after: { version: options.version, status: row.status, note: options.note, name: integration.name },
    };
    // The reviewer's workspace keeps the record of the decision; the publisher's learns of it too.
    await recordAudit(tx, { ...entry, workspaceId: auth.workspaceId });
    if (integration.workspace_id !== auth.workspaceId)
      await recordAudit(tx, { ...entry, workspaceId: integration.workspace_id });
    return toVersionView(row);
  });
}

async function moveVersion(
  db: Kysely<Database>,
  options: { id: string; version: number; from: ReviewStatus[]; change: ReviewChange },
): Promise<MarketplaceVersionRow> {
  const moved = await changeReviewStatus(db, { integrationId: options.id, ...options });
  const row = await findMarketplaceVersion(db, options.id, options.version);
  if (!row) throw notFound(options);
  if (!moved) {
    throw new ConflictError(
      'invalid_review_state',
      `version ${options.version} is ${row.status}; only a ${options.from.join(' or ')} version can become ${options.change.status}`,
      { status: row.status },
    );
  }
  return row;
}

/** The review queue of the whole server, for reviewers. */
export async function listReviewQueue(
  db: Kysely<Database>,
  auth: AuthContext,
  page: { limit: number; offset: number },
): Promise<{ views: Array<MarketplaceVersionView & { name: string; workspace_id: string }>; count: number }> {
  await requireReviewer(db, auth);
  const { rows, count } = await listSubmittedVersions(db, page);
  return {
    views: rows.map((row) => ({ ...toVersionView(row), name: row.name, workspace_id: row.workspace_id })),
    count,
  };
}

function notFound(options: { id: string; version: number }): NotFoundError {
  return new NotFoundError(
    'marketplace_version_not_found',
    `marketplace integration ${options.id} has no version ${options.version}`,
    options,
  );
}

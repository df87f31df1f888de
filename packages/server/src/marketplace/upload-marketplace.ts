import type { Kysely } from 'kysely';
import { type AuthContext, auditActor } from '../auth/authenticate.js';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/index.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { bundleIntegration } from '../sandbox/index.js';
import { recordAudit } from '../store/audit-logs.js';
import {
  claimNextVersion,
  findLatestMarketplaceVersion,
  insertMarketplaceIntegration,
  insertMarketplaceVersion,
  type MarketplaceIntegrationsTable,
  type MarketplaceVersionRow,
} from '../store/marketplace/index.js';
import type { Database } from '../store/schema.js';
import { getVisibleIntegration } from './read-marketplace.js';
import type { CredentialField } from './views.js';
import { allowedEndpointsOf, credentialFieldsOf } from './views.js';

/** One uploaded code file, already read and decoded. */
export interface UploadedCode {
  filename: string;
  source: string;
}

export interface NewMarketplaceIntegration {
  name: string;
  description: string;
  category: string;
  icon: string | null;
  code: UploadedCode;
  credentialFields: CredentialField[];
  allowedEndpoints: string[];
}

export interface NewMarketplaceVersion {
  code: UploadedCode;
  /** Default: the previous version's. */
  credentialFields?: CredentialField[] | undefined;
  allowedEndpoints?: string[] | undefined;
}

/** Uploads a new marketplace integration with its version 1 (a draft until it is submitted and approved). */
export async function uploadMarketplaceIntegration(
  db: Kysely<Database>,
  auth: AuthContext,
  upload: NewMarketplaceIntegration,
): Promise<{ id: string; version: number }> {
  const bundle = await buildCode(upload.code);
  return db.transaction().execute(async (tx) => {
    const now = nowIso();
    const row: MarketplaceIntegrationsTable = {
      id: newId(),
      workspace_id: auth.workspaceId,
      name: upload.name,
      description: upload.description,
      category: upload.category,
      icon: upload.icon,
      latest_version: 1,
      created_by: auth.userId,
      created_at: now,
      updated_at: now,
    };
    await insertMarketplaceIntegration(tx, row);
    const version = versionRow(auth, { integrationId: row.id, version: 1, now }, upload, bundle);
    await insertMarketplaceVersion(tx, version);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'upload',
      entityType: 'marketplace_integration',
      entityId: row.id,
      after: { name: row.name, category: row.category, ...auditOf(version) },
    });
    return { id: row.id, version: 1 };
  });
}

/** Adds an immutable version with new code (and optionally new credential fields or endpoints). */
export async function addMarketplaceVersion(
  db: Kysely<Database>,
  auth: AuthContext,
  id: string,
  upload: NewMarketplaceVersion,
): Promise<{ id: string; version: number }> {
  // Checked before the build so that an unknown id costs no esbuild run.
  await ownIntegration(db, auth, id);
  const bundle = await buildCode(upload.code);
  return db.transaction().execute(async (tx) => {
    const { row } = await ownIntegration(tx, auth, id);
    const previous = await findLatestMarketplaceVersion(tx, { integrationId: id });
    const now = nowIso();
    const number = await claimNextVersion(tx, { id, current: row.latest_version, updatedAt: now });
    if (number === undefined)
      throw new ConflictError('conflict', 'another version was uploaded at the same time; upload again');
    const version = versionRow(
      auth,
      { integrationId: id, version: number, now },
      {
        code: upload.code,
        credentialFields: upload.credentialFields ?? (previous ? credentialFieldsOf(previous) : []),
        allowedEndpoints: upload.allowedEndpoints ?? (previous ? allowedEndpointsOf(previous) : []),
      },
      bundle,
    );
    await insertMarketplaceVersion(tx, version);
    await recordAudit(tx, {
      ...auditActor(auth),
      action: 'upload',
      entityType: 'marketplace_integration',
      entityId: id,
      after: { name: row.name, ...auditOf(version) },
    });
    return { id, version: number };
  });
}

async function ownIntegration(db: Kysely<Database>, auth: AuthContext, id: string) {
  const visible = await getVisibleIntegration(db, auth.workspaceId, id);
  // Another workspace's approved integration is visible, but only its owner adds versions.
  if (!visible.isOwn) {
    throw new NotFoundError(
      'marketplace_integration_not_found',
      `no marketplace integration ${id} in your workspace`,
      {
        id,
      },
    );
  }
  return visible;
}

/** Bundles at upload time, so code that does not build is refused now, with the compiler's own errors. */
async function buildCode(code: UploadedCode): Promise<{ code: string; sha256: string }> {
  const result = await bundleIntegration(code.source, { filename: code.filename });
  if (!result.ok) {
    // The message is the compiler's, already naming the file, line and column.
    throw new UnprocessableError('integration_build_failed', result.message, {
      file: code.filename,
      errors: result.errors,
    });
  }
  return { code: result.code, sha256: result.sha256 };
}

function versionRow(
  auth: AuthContext,
  at: { integrationId: string; version: number; now: string },
  upload: { code: UploadedCode; credentialFields: CredentialField[]; allowedEndpoints: string[] },
  bundle: { code: string; sha256: string },
): MarketplaceVersionRow {
  return {
    integration_id: at.integrationId,
    version: at.version,
    filename: upload.code.filename,
    source: upload.code.source,
    bundle: bundle.code,
    sha256: bundle.sha256,
    credential_fields: JSON.stringify(upload.credentialFields),
    allowed_endpoints: JSON.stringify(upload.allowedEndpoints),
    status: 'draft',
    submitted_at: null,
    reviewed_at: null,
    reviewed_by: null,
    review_note: null,
    created_by: auth.userId,
    created_at: at.now,
  };
}

function auditOf(version: MarketplaceVersionRow) {
  return {
    version: version.version,
    filename: version.filename,
    sha256: version.sha256,
    credential_fields: credentialFieldsOf(version),
    allowed_endpoints: allowedEndpointsOf(version),
  };
}

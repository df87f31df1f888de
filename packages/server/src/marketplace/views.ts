import { parseJsonColumn } from '../lib/json.js';
import type {
  MarketplaceIntegrationRow,
  MarketplaceVersionRow,
  ReviewStatus,
} from '../store/marketplace/index.js';
import type { CredentialField } from './manifest.js';

/** A marketplace integration as the API answers it. */
export interface MarketplaceIntegrationView {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  category: string;
  icon: string | null;
  /** The newest version the caller can see (all versions in the owner's workspace, approved ones elsewhere). */
  latest_version: number;
  /** The newest approved version, the one installs from other workspaces get by default. */
  approved_version: number | null;
  /** `marketplace:<id>`: the integration type to connect it with. */
  type: string;
  created_at: string;
  updated_at: string;
}

export interface MarketplaceVersionView {
  integration_id: string;
  version: number;
  filename: string;
  sha256: string;
  credential_fields: CredentialField[];
  allowed_endpoints: string[];
  status: ReviewStatus;
  created_at: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  review_note: string | null;
  source_bytes: number;
  bundle_bytes: number;
}

export function toMarketplaceIntegrationView(
  row: MarketplaceIntegrationRow,
  versions: { latest: number; approved: number | null },
): MarketplaceIntegrationView {
  return {
    id: row.id,
    workspace_id: row.workspace_id,
    name: row.name,
    description: row.description,
    category: row.category,
    icon: row.icon,
    latest_version: versions.latest,
    approved_version: versions.approved,
    type: `marketplace:${row.id}`,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export function credentialFieldsOf(row: MarketplaceVersionRow): CredentialField[] {
  return parseJsonColumn<CredentialField[]>(row.credential_fields, []);
}

export function allowedEndpointsOf(row: MarketplaceVersionRow): string[] {
  return parseJsonColumn<string[]>(row.allowed_endpoints, []);
}

export function toVersionView(row: MarketplaceVersionRow): MarketplaceVersionView {
  return {
    integration_id: row.integration_id,
    version: row.version,
    filename: row.filename,
    sha256: row.sha256,
    credential_fields: credentialFieldsOf(row),
    allowed_endpoints: allowedEndpointsOf(row),
    status: row.status,
    created_at: row.created_at,
    submitted_at: row.submitted_at,
    reviewed_at: row.reviewed_at,
    review_note: row.review_note,
    source_bytes: Buffer.byteLength(row.source),
    bundle_bytes: Buffer.byteLength(row.bundle),
  };
}

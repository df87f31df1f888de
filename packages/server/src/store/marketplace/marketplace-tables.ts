import type { Selectable } from 'kysely';

/** Row of `marketplace_integrations` (migration 0007): an uploaded integration, owned by one workspace. */
export interface MarketplaceIntegrationsTable {
  id: string;
  workspace_id: string;
  name: string;
  description: string;
  category: string;
  /** A URL, an emoji or a `data:` URL of a small uploaded image. */
  icon: string | null;
  latest_version: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export type ReviewStatus = 'draft' | 'submitted' | 'approved' | 'rejected';

/** Row of `marketplace_versions`: one immutable upload of code; only the review columns ever change. */
export interface MarketplaceVersionsTable {
  integration_id: string;
  version: number;
  filename: string;
  source: string;
  bundle: string;
  sha256: string;
  /** JSON `[{key, label, sensitive}]`. */
  credential_fields: string;
  /** JSON array of URL prefixes. */
  allowed_endpoints: string;
  status: ReviewStatus;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  review_note: string | null;
  created_by: string | null;
  created_at: string;
}

/** Row of `marketplace_connections`: the marketplace side of an integration of type `marketplace:<id>`. */
export interface MarketplaceConnectionsTable {
  integration_id: string;
  marketplace_integration_id: string;
  version: number;
  /** JSON array of `host[:port]` the admin lets this connection reach although they are private. */
  allow_private_hosts: string;
  created_at: string;
  updated_at: string;
}

/** One row: the server's first workspace, filled by a trigger when it is inserted (migration 0007). */
export interface MarketplaceReviewerWorkspaceTable {
  singleton: number;
  workspace_id: string;
}

export type MarketplaceTables = {
  marketplace_reviewer_workspace: MarketplaceReviewerWorkspaceTable;
  marketplace_integrations: MarketplaceIntegrationsTable;
  marketplace_versions: MarketplaceVersionsTable;
  marketplace_connections: MarketplaceConnectionsTable;
};

export type MarketplaceIntegrationRow = Selectable<MarketplaceIntegrationsTable>;
export type MarketplaceVersionRow = Selectable<MarketplaceVersionsTable>;
export type MarketplaceConnectionRow = Selectable<MarketplaceConnectionsTable>;

import Type, { type Static } from 'typebox';
import { CREDENTIAL_MASK } from '../auth/credentials.js';
import { parseJsonColumn } from '../lib/json.js';
import { Nullable } from '../lib/typebox.js';
import type { MarketplaceIntegrationRow, MarketplaceVersionRow } from '../store/marketplace/index.js';

/** A credential an uploaded integration asks for (its manifest's `credential_fields`). */
export const CredentialFieldSchema = Type.Object({
  key: Type.String(),
  label: Type.String(),
  sensitive: Type.Boolean({
    description: 'a secret (every value is stored encrypted and never returned anyway)',
  }),
});
export type CredentialField = Static<typeof CredentialFieldSchema>;

const ReviewStatusSchema = Type.Union(
  [Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('approved'), Type.Literal('rejected')],
  { description: 'draft → submitted → approved | rejected (a rejected version may be submitted again)' },
);

/** A marketplace integration as the API answers it. */
export const MarketplaceIntegrationSchema = Type.Object(
  {
    id: Type.String(),
    workspace_id: Type.String({ description: 'the publishing workspace' }),
    name: Type.String(),
    description: Type.String(),
    category: Type.String(),
    icon: Nullable(Type.String({ description: 'a URL, an emoji, or a data: URL of an uploaded image' })),
    latest_version: Type.Integer({
      description: 'newest version you can see (all in the owner workspace, approved ones elsewhere)',
    }),
    approved_version: Nullable(Type.Integer({ description: 'newest approved version' })),
    type: Type.String({ description: 'the integration type to connect it with: marketplace:<id>' }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type MarketplaceIntegrationView = Static<typeof MarketplaceIntegrationSchema>;

export const versionProperties = {
  integration_id: Type.String(),
  version: Type.Integer(),
  filename: Type.String(),
  sha256: Type.String({ description: 'SHA-256 of the bundle that runs' }),
  credential_fields: Type.Array(CredentialFieldSchema),
  allowed_endpoints: Type.Array(Type.String(), { description: 'URL prefixes the code may call' }),
  status: ReviewStatusSchema,
  created_at: Type.String({ format: 'date-time' }),
  submitted_at: Nullable(Type.String({ format: 'date-time' })),
  reviewed_at: Nullable(Type.String({ format: 'date-time' })),
  review_note: Nullable(Type.String()),
  source_bytes: Type.Integer(),
  bundle_bytes: Type.Integer(),
};

export const MarketplaceVersionSchema = Type.Object(versionProperties, { additionalProperties: false });
export type MarketplaceVersionView = Static<typeof MarketplaceVersionSchema>;

/** One item of the server-wide listing: an integration with an approved version, described by that version. */
export const ListingItemSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    description: Type.String(),
    category: Type.String(),
    icon: Nullable(Type.String()),
    type: Type.String({
      description: 'marketplace:<id>: POST /api/v1/integration/integrations with it to install',
    }),
    version: Type.Integer({ description: 'newest approved version (what an install pins by default)' }),
    sha256: Type.String(),
    credential_fields: Type.Array(CredentialFieldSchema),
    allowed_endpoints: Type.Array(Type.String()),
    approved_at: Nullable(Type.String({ format: 'date-time' })),
    publisher_workspace_id: Type.String(),
  },
  { additionalProperties: false },
);
export type ListingItemView = Static<typeof ListingItemSchema>;

/** The marketplace side of a connected integration, as the API answers it. */
export const ConnectionSchema = Type.Object(
  {
    integration_id: Type.String(),
    marketplace_integration_id: Type.String(),
    version: Type.Integer({ description: 'the pinned version' }),
    allow_private_hosts: Type.Array(Type.String()),
    credential_fields: Type.Array(CredentialFieldSchema),
    allowed_endpoints: Type.Array(Type.String()),
    credentials: Type.Record(Type.String(), Type.Literal(CREDENTIAL_MASK), {
      description: `the credential keys; every value is "${CREDENTIAL_MASK}"`,
    }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type MarketplaceConnectionView = Static<typeof ConnectionSchema>;

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

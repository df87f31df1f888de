import Type, { type Static } from 'typebox';
import { ListEnvelope, Nullable, PageQuerySchema, WITHOUT_NUL } from './common.js';

const MASK = '********';

const CredentialFieldSchema = Type.Object({
  key: Type.String(),
  label: Type.String(),
  sensitive: Type.Boolean({
    description: 'a secret (every value is stored encrypted and never returned anyway)',
  }),
});

const ReviewStatusSchema = Type.Union(
  [Type.Literal('draft'), Type.Literal('submitted'), Type.Literal('approved'), Type.Literal('rejected')],
  { description: 'draft → submitted → approved | rejected (a rejected version may be submitted again)' },
);

export const UploadAnswerSchema = Type.Object({
  id: Type.String({ description: 'the marketplace integration id; connect it with type marketplace:<id>' }),
  version: Type.Integer(),
});

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

export const MarketplaceIntegrationListSchema = ListEnvelope(MarketplaceIntegrationSchema);

const versionProperties = {
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
export const MarketplaceVersionListSchema = Type.Object({ results: Type.Array(MarketplaceVersionSchema) });
export const MarketplaceVersionWithSourceSchema = Type.Object(
  { ...versionProperties, source: Type.String({ description: 'the uploaded file, as uploaded' }) },
  { additionalProperties: false },
);

export const ReviewQueueSchema = ListEnvelope(
  Type.Object(
    {
      ...versionProperties,
      name: Type.String(),
      workspace_id: Type.String({ description: 'the publishing workspace' }),
    },
    { additionalProperties: false },
  ),
);

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
export const ListingSchema = ListEnvelope(ListingItemSchema);

export const ListingQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  category: Type.Optional(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 100 })),
});

export const MarketplaceIdParamsSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, pattern: WITHOUT_NUL }),
});

export const VersionParamsSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, pattern: WITHOUT_NUL }),
  version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
});

export const RejectBodySchema = Type.Object(
  {
    note: Type.String({
      pattern: WITHOUT_NUL,
      minLength: 1,
      maxLength: 5000,
      description: 'why, for the publisher',
    }),
  },
  { additionalProperties: false },
);

export const ConnectionSchema = Type.Object(
  {
    integration_id: Type.String(),
    marketplace_integration_id: Type.String(),
    version: Type.Integer({ description: 'the pinned version' }),
    allow_private_hosts: Type.Array(Type.String()),
    credential_fields: Type.Array(CredentialFieldSchema),
    allowed_endpoints: Type.Array(Type.String()),
    credentials: Type.Record(Type.String(), Type.Literal(MASK), {
      description: `the credential keys; every value is "${MASK}"`,
    }),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type Connection = Static<typeof ConnectionSchema>;

export const UpdateConnectionBodySchema = Type.Object(
  {
    version: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 1_000_000,
        description: 'move the connection to this version (other workspaces: approved versions only)',
      }),
    ),
    allow_private_hosts: Type.Optional(
      Type.Array(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 300 }), {
        maxItems: 20,
        description: 'replaces the list of private host[:port] the code may reach',
      }),
    ),
    credentials: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description: `merged into the stored credentials: a value replaces, "${MASK}" keeps, null removes`,
      }),
    ),
  },
  { additionalProperties: false },
);

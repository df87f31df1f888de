import Type from 'typebox';
import { CREDENTIAL_MASK } from '../../auth/credentials.js';
import {
  ConnectionSchema,
  ListingItemSchema,
  MarketplaceIntegrationSchema,
  MarketplaceVersionSchema,
  versionProperties,
} from '../../marketplace/index.js';
import { ListEnvelope, PageQuerySchema, WITHOUT_NUL } from './common.js';

export { ConnectionSchema, ListingItemSchema, MarketplaceIntegrationSchema, MarketplaceVersionSchema };

export const UploadAnswerSchema = Type.Object({
  id: Type.String({ description: 'the marketplace integration id; connect it with type marketplace:<id>' }),
  version: Type.Integer(),
});

export const MarketplaceIntegrationListSchema = ListEnvelope(MarketplaceIntegrationSchema);

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
        description: `merged into the stored credentials: a value replaces, "${CREDENTIAL_MASK}" keeps, null removes`,
      }),
    ),
  },
  { additionalProperties: false },
);

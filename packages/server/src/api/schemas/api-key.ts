import Type from 'typebox';
import { ListEnvelope, Nullable, PageQuerySchema, WITHOUT_NUL } from './common.js';
import { RoleSchema } from './user.js';

/** An API key as listed: never the key, only its prefix. */
export const ApiKeySchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    prefix: Type.String({ description: 'the first characters of the key, to tell keys apart' }),
    user_id: Type.String(),
    workspace_id: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    last_used_at: Nullable(Type.String({ format: 'date-time' })),
    revoked_at: Nullable(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export const ApiKeyListSchema = ListEnvelope(ApiKeySchema);

/** The creation answer: the only time the key is ever shown. */
export const CreatedApiKeySchema = Type.Object(
  {
    ...ApiKeySchema.properties,
    key: Type.String({ description: 'the key in clear; shown once, store it now' }),
  },
  { additionalProperties: false },
);

export const ApiKeyListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  all: Type.Optional(
    Type.Boolean({
      default: false,
      description: "admins only: every key of the workspace, not just the caller's",
    }),
  ),
});

export const CreateApiKeyBodySchema = Type.Object(
  {
    name: Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }),
    role: RoleSchema,
  },
  { additionalProperties: false },
);

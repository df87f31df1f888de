import Type from 'typebox';
import { ApiKeySchema } from '../../accounts/index.js';
import { ListEnvelope, PageQuerySchema, WITHOUT_NUL } from './common.js';
import { RoleSchema } from './user.js';

export { ApiKeySchema };

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

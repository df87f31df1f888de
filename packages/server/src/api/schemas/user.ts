import Type from 'typebox';
import { ListEnvelope, Nullable, PageQuerySchema, WITHOUT_NUL } from './common.js';

export const RoleSchema = Type.Union(
  [Type.Literal('viewer'), Type.Literal('editor'), Type.Literal('admin')],
  {
    description:
      'viewers read; editors also edit catalog metadata; admins also manage integrations, users, keys',
  },
);

const PasswordSchema = Type.String({
  pattern: WITHOUT_NUL,
  minLength: 8,
  maxLength: 1024,
  description: 'at least 8 characters',
});

/** A user; the password hash is never part of an answer. */
export const UserSchema = Type.Object(
  {
    id: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    active: Type.Boolean({ description: 'inactive users cannot sign in and their keys stop working' }),
    last_login_at: Nullable(Type.String({ format: 'date-time' })),
    workspace_id: Type.String(),
  },
  { additionalProperties: false },
);

export const UserListSchema = ListEnvelope(UserSchema);

export const UserListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  role: Type.Optional(RoleSchema),
});

export const CreateUserBodySchema = Type.Object(
  {
    email: Type.String({ pattern: WITHOUT_NUL, format: 'email', maxLength: 320 }),
    name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 200 })),
    role: RoleSchema,
    password: Type.Optional(PasswordSchema),
  },
  { additionalProperties: false },
);

export const UpdateUserBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 200 })),
    role: Type.Optional(RoleSchema),
    active: Type.Optional(Type.Boolean()),
    password: Type.Optional(PasswordSchema),
  },
  { additionalProperties: false },
);

import Type from 'typebox';
import { ROLE_DESCRIPTION, RoleSchema, UserSchema } from '../../accounts/index.js';
import { ListEnvelope, LiteralUnion, PageQuerySchema, WITHOUT_NUL } from './common.js';

export { RoleSchema, UserSchema };

/** A role as a request may spell it: Sextant's lowercase or Secoda's capitalised `Admin`/`Editor`/`Viewer`/`Guest`. */
export const RoleInputSchema = Type.Union(
  [
    ...RoleSchema.anyOf,
    Type.Literal('Guest'),
    Type.Literal('Viewer'),
    Type.Literal('Editor'),
    Type.Literal('Admin'),
  ],
  { description: `${ROLE_DESCRIPTION} (Secoda's capitalised spelling is accepted; answers are lowercase)` },
);

const IdListSchema = Type.Array(Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 }), {
  maxItems: 1000,
  uniqueItems: true,
});

const PasswordSchema = Type.String({
  pattern: WITHOUT_NUL,
  minLength: 8,
  maxLength: 1024,
  description: 'at least 8 characters',
});

export const UserListSchema = ListEnvelope(UserSchema);

export const UserListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  role: Type.Optional(RoleInputSchema),
});

export const CreateUserBodySchema = Type.Object(
  {
    email: Type.String({ pattern: WITHOUT_NUL, format: 'email', maxLength: 320 }),
    name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 200 })),
    first_name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 100 })),
    last_name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 100 })),
    role: RoleInputSchema,
    teams: Type.Optional({ ...IdListSchema, description: 'team ids (a guest needs at least one)' }),
    user_groups: Type.Optional({ ...IdListSchema, description: 'group ids' }),
    password: Type.Optional(PasswordSchema),
  },
  { additionalProperties: false },
);

/** Secoda's older bulk form of `POST /user/` (compat.md §8): one role, groups and teams for several emails. */
export const InviteUsersBodySchema = Type.Object(
  {
    emails: Type.Array(Type.String({ pattern: WITHOUT_NUL, format: 'email', maxLength: 320 }), {
      minItems: 1,
      maxItems: 100,
      description: 'one user is created per email, all or none',
    }),
    role: RoleInputSchema,
    groups: Type.Optional({ ...IdListSchema, description: 'group ids, for every user' }),
    teams: Type.Optional({ ...IdListSchema, description: 'team ids, for every user (a guest needs one)' }),
  },
  { additionalProperties: false },
);

/** What the bulk form answers: the users created, in the order of `emails`. */
export const InvitedUsersSchema = Type.Object(
  { count: Type.Integer(), results: Type.Array(UserSchema) },
  { additionalProperties: false },
);

export const UpdateUserBodySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 200 })),
    first_name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 100 })),
    last_name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 100 })),
    role: Type.Optional(RoleInputSchema),
    teams: Type.Optional({ ...IdListSchema, description: 'team ids; replaces the user’s teams' }),
    user_groups: Type.Optional({ ...IdListSchema, description: 'group ids; replaces the user’s groups' }),
    active: Type.Optional(Type.Boolean()),
    disabled: Type.Optional(Type.Boolean({ description: 'Secoda’s spelling of `!active`' })),
    password: Type.Optional(PasswordSchema),
  },
  { additionalProperties: false },
);

import Type, { type Static } from 'typebox';
import { toBool } from '../lib/json.js';
import { LiteralUnion, Nullable } from '../lib/typebox.js';
import type { ApiKeyRow, GroupRow, TeamRow, UserRow } from '../store/accounts/index.js';
import { ROLES } from '../store/schema.js';

/*
 * The answers about people and their sets: each schema is the one definition of its shape (the API's response
 * schema, re-exported by api/schemas/), its type is Static<typeof XSchema>, and the to*View functions map rows.
 */

export const ROLE_DESCRIPTION =
  'guests read only the resources of their teams; viewers read; editors also edit catalog metadata; ' +
  'admins also manage integrations, users, keys';

export const RoleSchema = LiteralUnion(ROLES, { description: ROLE_DESCRIPTION });

/** A user as the API answers it (Secoda's documented fields plus Sextant's): never the password hash. */
export const UserSchema = Type.Object(
  {
    id: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    email: Type.String(),
    name: Type.String(),
    first_name: Type.String(),
    last_name: Type.String(),
    role: RoleSchema,
    active: Type.Boolean({ description: 'inactive users cannot sign in and their keys stop working' }),
    disabled: Type.Boolean({ description: 'Secoda’s spelling of `!active`' }),
    pending: Type.Boolean({ description: 'never signed in and no password set yet' }),
    last_login_at: Nullable(Type.String({ format: 'date-time' })),
    last_login: Nullable(
      Type.String({ format: 'date-time', description: 'Secoda’s name for last_login_at' }),
    ),
    workspace_id: Type.String(),
    teams: Type.Array(Type.String(), { description: 'team ids' }),
    user_groups: Type.Array(Type.String(), { description: 'group ids' }),
    profile_picture: Type.Null({ description: 'Sextant keeps no profile pictures' }),
    bookmarks: Type.Array(Type.String(), { description: 'always empty: Sextant has no bookmarks' }),
    is_service_account: Type.Boolean({ description: 'always false: API keys belong to people' }),
  },
  { additionalProperties: false },
);
export type UserView = Static<typeof UserSchema>;

export function toUserView(
  row: UserRow,
  memberships: { teams: string[]; groups: string[] } = { teams: [], groups: [] },
): UserView {
  const active = toBool(row.is_active);
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    email: row.email,
    name: row.name,
    first_name: row.first_name,
    last_name: row.last_name,
    role: row.role,
    active,
    disabled: !active,
    pending: row.password_hash === null && row.last_login_at === null,
    last_login_at: row.last_login_at,
    last_login: row.last_login_at,
    workspace_id: row.workspace_id,
    teams: memberships.teams,
    user_groups: memberships.groups,
    profile_picture: null,
    bookmarks: [],
    is_service_account: false,
  };
}

/** The fields every set of users has (teams add their kind and flags). */
export const groupFields = {
  id: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
  name: Type.String(),
  description: Type.String(),
  workspace_id: Type.String(),
  icon: Nullable(Type.String()),
  members: Type.Array(Type.String(), { description: 'user ids' }),
  users: Type.Array(Type.String(), { description: 'Secoda’s name for `members` (the same user ids)' }),
};
const GroupFieldsSchema = Type.Object(groupFields);
/** A team or a group with its members' user ids. */
export type GroupView = Static<typeof GroupFieldsSchema>;

export const TeamSchema = Type.Object(
  {
    ...groupFields,
    type: Type.String({ description: 'OPEN or CLOSED' }),
    archived: Type.Boolean(),
    is_default_team: Type.Boolean({
      description: 'the workspace’s "General" team; never deleted or archived',
    }),
    sidebar_settings: Type.Record(Type.String(), Type.Boolean(), {
      description: 'home, catalog, documents, questions, glossary, collections: all shown in Sextant',
    }),
    onboarding_completed: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type TeamView = Static<typeof TeamSchema>;

/** Sextant shows every section to every team; the object says so in Secoda's shape. */
const SIDEBAR_SETTINGS = {
  home: true,
  catalog: true,
  documents: true,
  questions: true,
  glossary: true,
  collections: true,
};

export function toTeamView(row: TeamRow, members: string[]): TeamView {
  return {
    ...toGroupView(row, members),
    type: row.type,
    archived: toBool(row.archived),
    is_default_team: toBool(row.is_default_team),
    sidebar_settings: SIDEBAR_SETTINGS,
    onboarding_completed: true,
  };
}

export function toGroupView(
  row: Pick<GroupRow, 'id' | 'created_at' | 'updated_at' | 'name' | 'description' | 'workspace_id' | 'icon'>,
  members: string[],
): GroupView {
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    name: row.name,
    description: row.description,
    workspace_id: row.workspace_id,
    icon: row.icon,
    members,
    users: members,
  };
}

/** An API key as listed: never the key, only its prefix (the key itself exists only in the creation answer). */
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
export type ApiKeyView = Static<typeof ApiKeySchema>;

export function toApiKeyView(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    user_id: row.user_id,
    workspace_id: row.workspace_id,
    created_at: row.created_at,
    last_used_at: row.last_used_at,
    revoked_at: row.revoked_at,
  };
}

import { toBool } from '../lib/json.js';
import type { ApiKeyRow, GroupRow, TeamRow, UserRow } from '../store/accounts/index.js';
import type { Role } from '../store/schema.js';

/** A user as the API answers it: never the password hash. */
export interface UserView {
  id: string;
  created_at: string;
  updated_at: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  last_login_at: string | null;
  workspace_id: string;
}

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    email: row.email,
    name: row.name,
    role: row.role,
    active: toBool(row.is_active),
    last_login_at: row.last_login_at,
    workspace_id: row.workspace_id,
  };
}

/** A team or a group with its members' user ids. */
export interface GroupView {
  id: string;
  created_at: string;
  updated_at: string;
  name: string;
  description: string;
  workspace_id: string;
  members: string[];
}

export interface TeamView extends GroupView {
  icon: string | null;
}

export function toTeamView(row: TeamRow, members: string[]): TeamView {
  return { ...toGroupView(row, members), icon: row.icon };
}

export function toGroupView(row: GroupRow | TeamRow, members: string[]): GroupView {
  return {
    id: row.id,
    created_at: row.created_at,
    updated_at: row.updated_at,
    name: row.name,
    description: row.description,
    workspace_id: row.workspace_id,
    members,
  };
}

/** An API key as listed: its prefix tells keys apart; the key itself exists only in the creation answer. */
export interface ApiKeyView {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  user_id: string;
  workspace_id: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

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

import { ROLES, type Role } from '../store/schema.js';

export { ROLES };

const RANK: Record<Role, number> = { guest: -1, viewer: 0, editor: 1, admin: 2 };

/**
 * Guests read only the resources of their teams (routes that allow them say `access: 'guest'`, and filter by
 * team); viewers read; editors also edit catalog metadata; admins also manage integrations, users and keys.
 */
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

/** The weaker of two roles: a key never acts with more than its creator's current role. */
export function weakerRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

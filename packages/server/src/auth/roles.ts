import type { Role } from '../store/schema.js';

export const ROLES = ['viewer', 'editor', 'admin'] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Viewers read; editors also edit catalog metadata; admins also manage integrations, users and keys. */
export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

/** The weaker of two roles: a key never acts with more than its creator's current role. */
export function weakerRole(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in RANK;
}

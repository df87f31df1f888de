import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { countWorkspaces, createApiKey, createUser, createWorkspace } from '../store/accounts/index.js';
import type { Database } from '../store/schema.js';
import { generatePassword, hashPassword } from './passwords.js';
import { generateApiKey } from './tokens.js';

export interface BootstrapResult {
  workspaceId: string;
  adminEmail: string;
  /** The first API key, in clear: print it once and forget it. */
  apiKey: string;
  /** Where the generated admin password was written (mode 0600), unless one was given. */
  passwordFile: string | undefined;
}

export interface BootstrapOptions {
  dataDir: string;
  adminEmail?: string | undefined;
  /** Use this password instead of generating one (e.g. SEXTANT_ADMIN_PASSWORD). */
  adminPassword?: string | undefined;
}

/**
 * On an empty store: one workspace, one admin, one admin API key. Returns undefined when the store already has a
 * workspace. Runs in one transaction so two processes starting at once cannot both bootstrap.
 */
export async function bootstrapIfEmpty(
  db: Kysely<Database>,
  options: BootstrapOptions,
): Promise<BootstrapResult | undefined> {
  if ((await countWorkspaces(db)) > 0) return undefined;
  const password = options.adminPassword || generatePassword();
  const passwordHash = await hashPassword(password);
  const adminEmail = (options.adminEmail || 'admin@localhost').toLowerCase();
  const created = await db.transaction().execute(async (tx) => {
    if ((await countWorkspaces(tx)) > 0) return undefined;
    const workspace = await createWorkspace(tx, 'Default workspace');
    const admin = await createUser(tx, {
      workspaceId: workspace.id,
      email: adminEmail,
      name: 'Admin',
      role: 'admin',
      passwordHash,
    });
    const { key } = await createApiKey(tx, {
      workspaceId: workspace.id,
      userId: admin.id,
      name: 'initial admin key',
      role: 'admin',
      generated: generateApiKey(),
    });
    return { workspaceId: workspace.id, apiKey: key };
  });
  if (!created) return undefined;
  let passwordFile: string | undefined;
  if (!options.adminPassword) {
    mkdirSync(options.dataDir, { recursive: true });
    passwordFile = join(options.dataDir, 'initial-admin-password.txt');
    writeFileSync(passwordFile, `email: ${adminEmail}\npassword: ${password}\n`, { mode: 0o600 });
  }
  return { workspaceId: created.workspaceId, adminEmail, apiKey: created.apiKey, passwordFile };
}

import {
  createApiKey,
  findFirstAdmin,
  findUserByEmail,
  generateApiKey,
  isRole,
  openStore,
} from '@sextant/server';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';

interface TokenCreateFlags extends DatabaseFlags {
  name: string;
  role: string;
  user?: string;
}

export function registerTokenCommand(program: Command): void {
  const token = program.command('token').description('manage API keys directly on the database');
  const create = token
    .command('create')
    .description('create an API key and print it (once)')
    .requiredOption('--name <name>', 'what the key is for, e.g. "ci"')
    .option('--role <role>', 'viewer, editor or admin (never above the user’s own role)', 'viewer')
    .option('--user <email>', 'the user the key acts as (default: the first admin)');
  addDatabaseOptions(create).action(async (flags: TokenCreateFlags) => createToken(flags));
}

async function createToken(flags: TokenCreateFlags): Promise<void> {
  if (!isRole(flags.role))
    throw new UserError(`--role must be guest, viewer, editor or admin, got "${flags.role}"`);
  const config = configFromFlags(flags);
  const store = await openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    const user = flags.user ? await findUserByEmail(store.db, flags.user) : await findFirstAdmin(store.db);
    if (!user) {
      throw new UserError(
        flags.user
          ? `no user with email ${flags.user}`
          : 'the catalog has no admin yet; run `sextant serve` once first',
      );
    }
    const rank = { guest: -1, viewer: 0, editor: 1, admin: 2 } as const;
    if (rank[flags.role] > rank[user.role]) {
      throw new UserError(`${user.email} is ${user.role}; a key cannot have the higher role ${flags.role}`);
    }
    const { key, row } = await createApiKey(store.db, {
      workspaceId: user.workspace_id,
      userId: user.id,
      name: flags.name,
      role: flags.role,
      generated: generateApiKey(),
    });
    process.stderr.write(
      `created ${row.role} key "${row.name}" (${row.prefix}…) for ${user.email}; it is shown only now:\n`,
    );
    process.stdout.write(`${key}\n`);
  } finally {
    await store.close();
  }
}

import {
  buildApp,
  type CatalogApiGet,
  createSecretBox,
  loadOrCreateSecretKey,
  openStore,
  serveCatalogMcpOverStdio,
} from '@sextant/server';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';

interface McpFlags extends DatabaseFlags {
  server?: string;
}

const VERSION = '0.1.0';

/**
 * `sextant mcp`: the catalog's MCP tools over stdio, for an assistant that starts it as a child process
 * (docs/mcp.md). The tools act as the key in SEXTANT_API_KEY, against a server (`--server`) or the database here.
 */
export function registerMcpCommand(program: Command): void {
  const command = program
    .command('mcp')
    .description('serve the catalog to an AI assistant over MCP (stdio), as the key in SEXTANT_API_KEY')
    .option('--server <url>', 'ask this Sextant server (default: open the database directly)');
  addDatabaseOptions(command).action(async (flags: McpFlags) => serveMcp(flags, process.env));
}

async function serveMcp(flags: McpFlags, env: NodeJS.ProcessEnv): Promise<void> {
  const key = env.SEXTANT_API_KEY;
  if (!key) throw new UserError('set SEXTANT_API_KEY to an API key: the tools see what that key sees');
  const headers = { authorization: `Bearer ${key}` };
  let get: CatalogApiGet;
  let close = async () => {};
  if (flags.server) {
    const base = flags.server.replace(/\/+$/, '');
    get = async (path) => {
      const response = await fetch(`${base}${path}`, { headers });
      return { status: response.status, body: await response.json().catch(() => undefined) };
    };
  } else {
    const config = configFromFlags(flags);
    const store = await openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
    const app = await buildApp({ store, config, secrets: createSecretBox(loadOrCreateSecretKey(config)) });
    get = async (path) => {
      const answer = await app.inject({ method: 'GET', url: path, headers });
      let body: unknown;
      try {
        body = answer.json();
      } catch {
        body = undefined;
      }
      return { status: answer.statusCode, body };
    };
    close = async () => {
      await app.close();
      await store.close();
    };
  }
  process.stderr.write(`sextant mcp: serving ${flags.server ?? 'the local catalog'} over stdio\n`);
  try {
    await serveCatalogMcpOverStdio(get, { version: VERSION });
  } finally {
    await close();
  }
}

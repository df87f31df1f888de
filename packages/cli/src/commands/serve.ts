import { startServer } from '@sextant/server';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';
import { addDatabaseOptions, configFromFlags, type DatabaseFlags } from './database-options.js';

interface ServeFlags extends DatabaseFlags {
  port?: string;
  host?: string;
}

export function registerServeCommand(program: Command): void {
  const command = program
    .command('serve')
    .description('start the catalog server (creates the database and a first admin on an empty store)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 5440)')
    .option('-H, --host <host>', 'address to bind (default: $HOST or 127.0.0.1)');
  addDatabaseOptions(command).action(async (flags: ServeFlags) => serve(flags));
}

async function serve(flags: ServeFlags): Promise<void> {
  const started = performance.now();
  const overrides: Record<string, unknown> = {};
  if (flags.port !== undefined) {
    const port = Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UserError(`--port must be 0–65535, got "${flags.port}"`);
    overrides.port = port;
  }
  if (flags.host) overrides.host = flags.host;
  let config: ReturnType<typeof configFromFlags>;
  try {
    config = configFromFlags(flags, overrides);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  const server = await startServer(config, {
    adminEmail: process.env.SEXTANT_ADMIN_EMAIL,
    adminPassword: process.env.SEXTANT_ADMIN_PASSWORD,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new UserError(`port ${config.port} is already in use; pick another with --port`);
    if (error.code === 'ECONNREFUSED') throw new UserError(`cannot reach the database (${error.message})`);
    throw error;
  });
  const ms = Math.round(performance.now() - started);
  const out = process.stdout;
  out.write(
    `Sextant is serving ${server.url} (store: ${server.store.backend} ${server.store.location}; ready in ${ms} ms)\n`,
  );
  if (server.bootstrap) {
    const b = server.bootstrap;
    out.write('\nFirst start: created a workspace, an admin user and an admin API key.\n');
    out.write(`  API key (shown only now; store it safely):\n    ${b.apiKey}\n`);
    out.write(
      `  Try it:  curl -H "Authorization: Bearer ${b.apiKey}" ${server.url}/api/v1/integration/integrations\n`,
    );
    if (b.passwordFile)
      out.write(`  Sign in at ${server.url}/ as ${b.adminEmail}; the password is in ${b.passwordFile}\n`);
    else
      out.write(
        `  Sign in at ${server.url}/ as ${b.adminEmail} with the password from SEXTANT_ADMIN_PASSWORD\n`,
      );
    out.write('\n');
  }
  const stop = async (signal: string) => {
    out.write(`\n${signal}: shutting down\n`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

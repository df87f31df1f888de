import { StdoutOutput } from '@sextant/sdk';
import type { Command } from 'commander';
import { chooseOutput, type OutputFlags } from '../run/choose-output.js';
import {
  ConnectorIntegration,
  connectorCredentials,
  findConnectorArgument,
} from '../run/connector-integration.js';
import { readCredentialsFile, readCredentialsFromEnv } from '../run/load-credentials.js';
import { loadIntegration } from '../run/load-integration.js';
import { UserError } from '../run-cli.js';

interface RunFlags extends OutputFlags {
  credentials?: string;
  credentialsEnv?: string;
  url?: string;
}

/** `sextant run FILE.ts`: runs an integration file locally and prints, writes or pushes its records. */
export function registerRunCommand(program: Command): void {
  program
    .command('run')
    .description(
      'run an integration file (TypeScript or JavaScript, no build step) or a built-in connector (postgres, mysql) and output its records',
    )
    .argument(
      '<file>',
      'file whose default export is an Integration subclass or instance, or a connector: postgres, mysql (aliases postgresql, mariadb)',
    )
    .option('--credentials <file>', 'JSON file with the credentials object')
    .option(
      '--credentials-env <prefix>',
      'credentials from environment variables PREFIX_NAME (→ name, lower-cased)',
    )
    .option(
      '--url <url>',
      'connectors: a connection URL (postgres://user:pass@host:5432/db) instead of a credentials file',
    )
    .option('--out <dir>', 'write resources.jsonl and lineages.jsonl into DIR instead of stdout')
    .option('--push', 'upload the records to a Sextant server (API key from SEXTANT_API_KEY)')
    .option('--dry-run', 'ask the server what the sync would change, changing nothing')
    .option('--server <url>', 'Sextant server base URL, for --push and --dry-run')
    .option('--integration <id>', 'integration id on the server, for --push and --dry-run')
    .addHelpText(
      'after',
      '\nThe summary and any problems go to stderr; records go to stdout unless --out or --push.',
    )
    .action(async (file: string, flags: RunFlags) => {
      const ok = await runIntegrationFile(file, flags, process.env);
      if (!ok) process.exitCode = 1;
    });
}

/** Runs one integration file with the given flags; false when the run failed (the summary says why). */
export async function runIntegrationFile(
  file: string,
  flags: RunFlags,
  env: NodeJS.ProcessEnv,
): Promise<boolean> {
  // Flags are checked before the file runs, so a typo does not cost a whole extraction.
  const output = chooseOutput(flags, env);
  const credentials = {
    ...(flags.credentials === undefined ? {} : await readCredentialsFile(flags.credentials)),
    ...(flags.credentialsEnv === undefined ? {} : readCredentialsFromEnv(flags.credentialsEnv, env)),
  };
  const connector = await findConnectorArgument(file);
  const integration = connector
    ? new ConnectorIntegration(
        connector,
        connectorCredentials(connector, { url: flags.url, file: credentials }),
      )
    : await loadIntegration(file);
  if (!connector && flags.url !== undefined)
    throw new UserError('--url is for built-in connectors (postgres, mysql)');
  const start = () => integration.start({ credentials, output, setExitCode: false });
  const result = output instanceof StdoutOutput ? await withConsoleOnStderr(start) : await start();
  return result.ok;
}

/**
 * When stdout carries the records, an integration's `console.log` would corrupt them: during the run it is
 * sent to stderr instead, with `console.info` and `console.debug`.
 */
async function withConsoleOnStderr<T>(run: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, debug: console.debug };
  console.log = console.info = console.debug = console.error;
  try {
    return await run();
  } finally {
    Object.assign(console, saved);
  }
}

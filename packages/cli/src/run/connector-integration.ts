import { access } from 'node:fs/promises';
import { type DeclaredLineage, Integration, type Resource } from '@sextant/sdk';
import { type Connector, credentialsFromUrl, findConnector, SextantError } from '@sextant/server';
import { UserError } from '../run-cli.js';

/**
 * `sextant run postgres` / `mysql` (or an alias): a built-in connector run as an SDK integration, so stdout,
 * `--out`, `--push` and `--dry-run` behave exactly as for `sextant run FILE.ts`. A file of that name wins.
 */
export async function findConnectorArgument(argument: string): Promise<Connector<unknown> | undefined> {
  const connector = findConnector(argument);
  if (!connector) return undefined;
  try {
    await access(argument);
    return undefined;
  } catch {
    return connector;
  }
}

/** The connector's credentials: `--url` first, then the credentials file's keys on top. */
export function connectorCredentials(
  connector: Connector<unknown>,
  sources: { url?: string | undefined; file: Record<string, unknown> },
): unknown {
  let fromUrl: Record<string, unknown> = {};
  if (sources.url !== undefined) {
    try {
      fromUrl = credentialsFromUrl(sources.url);
    } catch (error) {
      throw new UserError(`--url is not a connection URL: ${(error as Error).message}`);
    }
  }
  const raw = { ...fromUrl, ...sources.file };
  try {
    return connector.parseCredentials(raw);
  } catch (error) {
    if (error instanceof SextantError)
      throw new UserError(`${connector.label} credentials: ${error.message}`);
    throw error;
  }
}

export class ConnectorIntegration extends Integration<object> {
  constructor(
    private readonly connector: Connector<unknown>,
    private readonly parsed: unknown,
    private readonly stderr: { write(text: string): unknown } = process.stderr,
  ) {
    super();
  }

  async extract(): Promise<void> {
    try {
      await this.connector.extract(this.parsed, {
        emit: (record) => {
          if ('from_identifier' in record) this.declareLineage(record as DeclaredLineage);
          else this.declareResource(record as Resource);
        },
        warn: (warning) => this.stderr.write(`warning (${warning.code}): ${warning.message}\n`),
      });
    } catch (error) {
      // A connection failure is the user's to fix, not a bug: its message (host, port, reason, hint), no stack.
      if (error instanceof SextantError) {
        const plain = new Error(error.message);
        plain.stack = `${error.code}: ${error.message}`;
        throw plain;
      }
      throw error;
    }
  }
}

import { openCredentials } from '../auth/credentials.js';
import { type Connector, ConnectorRunError, redactSecrets } from '../connectors/index.js';
import { normalizeDialect } from '../store/catalog/index.js';
import { getIntegration, recordIntegrationAddress } from '../store/integrations/index.js';
import type { JobRunner, RunnerContext } from './runner-registry.js';

/**
 * Runs a built-in connector integration (`postgres`, `mysql`) as trusted code in the server process: opens the
 * sealed credentials, streams the connector's records into the run's spool and its warnings into the run log.
 * A connector that cannot connect, or loses its connection or hits the statement timeout mid-run, fails the run
 * with host, port and reason: the spool is then dropped and the catalog stays as it was.
 */
export function connectorRunner(connector: Connector<unknown>): JobRunner {
  return {
    source: 'connector',
    async run(ctx: RunnerContext) {
      const row = await getIntegration(ctx.store.db, ctx.integration.workspace_id, ctx.integration.id);
      const raw = openCredentials(ctx.secrets, row.credentials_encrypted);
      // Only the values of secret fields are redacted: host, port and user must stay readable in errors.
      const secrets = connector.fields
        .filter((field) => field.secret)
        .map((field) => raw[field.key])
        .filter((value): value is string => typeof value === 'string' && value !== '');
      let warnings = 0;
      try {
        const credentials = connector.parseCredentials(raw);
        await connector.extract(
          credentials,
          {
            emit: (record) => ctx.emit(record),
            warn: (warning) => {
              warnings++;
              ctx.log({
                level: 'warn',
                message: redactSecrets(warning.message, secrets),
                ...codeOf(warning),
              });
            },
            progress: (progress) =>
              ctx.log({ level: 'info', message: `read ${progress.stage} (${progress.done} objects)` }),
          },
          { signal: ctx.signal },
        );
        // Where the tables live and which dialect names them (one physical table, one entity: issue 15); only
        // once the connection worked, so that a failed run leaves the catalog as it was.
        await recordIntegrationAddress(ctx.store.db, ctx.store.flags, {
          integrationId: ctx.integration.id,
          host: typeof raw.host === 'string' && raw.host.trim() !== '' ? raw.host.trim().toLowerCase() : null,
          dialect: normalizeDialect(connector.type),
        });
        ctx.log({
          level: 'info',
          message: `${connector.label} extraction finished with ${warnings} warnings`,
        });
        return { ok: true };
      } catch (error) {
        const code =
          error instanceof ConnectorRunError
            ? error.code
            : ((error as { code?: unknown }).code ?? 'run_crashed');
        const message = redactSecrets((error as Error).message ?? String(error), secrets);
        return { ok: false, error: { code: typeof code === 'string' ? code : 'run_crashed', message } };
      }
    },
  };
}

function codeOf(warning: { code: string; object?: string }): Record<string, string> {
  return { code: warning.code, ...(warning.object !== undefined && { object: warning.object }) };
}

import { describeConnectors, testConnectorCredentials } from '../../connectors/index.js';
import { testIntegrationConnection } from '../../integrations/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema, IdParamsSchema } from '../schemas/common.js';
import {
  ConnectionTestResultSchema,
  ConnectorCredentialsBodySchema,
  ConnectorListSchema,
  ConnectorTypeParamsSchema,
} from '../schemas/connector.js';

const TAGS = ['integrations'];
const TEST_DESCRIPTION =
  'Connects the way a run does and answers `ok: true` with the server version and databases, or `ok: false` ' +
  'with `failure`: the stage that failed (dns, refused, timeout, tls, authentication, database, privileges), ' +
  'host, port, the driver message and a hint (for privileges, the GRANTs needed). A failed connection is a 200.';

/** Issue #14: built-in connectors (PostgreSQL, MySQL/MariaDB), their forms and connection tests. */
export function registerConnectorRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/integration/connectors',
    {
      schema: {
        tags: TAGS,
        summary: 'Built-in connectors and their credential fields (Sextant extension)',
        response: { 200: ConnectorListSchema, ...ERROR_RESPONSES },
      },
    },
    async () => ({ results: describeConnectors() }),
  );

  app.post(
    '/api/v1/integration/connectors/:type/test',
    {
      config: { access: 'admin' },
      schema: {
        tags: TAGS,
        summary: 'Test credentials before saving them',
        description: TEST_DESCRIPTION,
        params: ConnectorTypeParamsSchema,
        body: ConnectorCredentialsBodySchema,
        response: { 200: ConnectionTestResultSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => testConnectorCredentials(request.params.type, request.body),
  );

  app.post(
    '/api/v1/integration/integrations/:id/test',
    {
      config: { access: 'admin' },
      schema: {
        tags: TAGS,
        summary: 'Test a saved connector integration’s connection',
        description: TEST_DESCRIPTION,
        params: IdParamsSchema,
        response: { 200: ConnectionTestResultSchema, ...ERROR_RESPONSES, 422: ErrorBodySchema },
      },
    },
    async (request) =>
      testIntegrationConnection(
        { db: ctx.store.db, secrets: ctx.secrets },
        { workspaceId: request.auth.workspaceId, id: request.params.id },
      ),
  );
}

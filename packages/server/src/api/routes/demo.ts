import Type from 'typebox';
import { loadDemoCatalog } from '../../demo/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema } from '../schemas/common.js';
import { IntegrationSchema } from '../schemas/integration.js';
import { SyncRecordSchema } from './syncs.js';

const DemoBodySchema = Type.Object(
  {
    force: Type.Optional(
      Type.Boolean({
        description: 'load even when the workspace has integrations of its own (default false)',
      }),
    ),
  },
  { additionalProperties: false },
);

const DemoResultSchema = Type.Object(
  {
    integrations: Type.Array(IntegrationSchema),
    syncs: Type.Array(SyncRecordSchema),
    edits: Type.Integer({ description: 'tags, PII and verified flags this load set (0 on a second load)' }),
  },
  { additionalProperties: false },
);

/** `POST /api/v1/demo`: the demo shop catalog (docs/demo.md); the web UI's empty home page calls it. */
export function registerDemoRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/demo',
    {
      config: { access: 'admin' },
      // A request without a body (the UI's button) means `{}`; a body that is there is validated as usual.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        tags: ['demo'],
        summary:
          'Load the demo shop catalog through the sync engine (idempotent; 409 catalog_not_empty when the workspace has its own integrations, unless force)',
        body: DemoBodySchema,
        response: { 200: DemoResultSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request) =>
      loadDemoCatalog(
        { store: ctx.store, secrets: ctx.secrets },
        { auth: request.auth, force: request.body.force },
      ),
  );
}

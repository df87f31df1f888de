import Type from 'typebox';
import { requestRun } from '../../jobs/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema, IdParamsSchema } from '../schemas/common.js';

const RunQueuedSchema = Type.Object({
  sync_id: Type.String({
    description: 'the run’s sync record (status `running` until it ends); poll .../syncs/{sync_id}',
  }),
});

/** compat §6 (issue #7): "run now" for integrations that have a runner (marketplace integrations). */
export function registerRunRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/integration/integrations/:id/run',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['syncs'],
        summary: 'Run an integration now (queued; answers the sync id at once)',
        description:
          'Queues a run and answers 202 with its sync id. 409 `sync_in_progress` (with `details.sync_id`) while a ' +
          'run of the integration is queued or running; 422 `integration_not_runnable` for push-based types.',
        params: IdParamsSchema,
        response: { 202: RunQueuedSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema, 422: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const queued = await requestRun(ctx.store, {
        workspaceId: request.auth.workspaceId,
        integrationId: request.params.id,
        triggeredBy: request.auth.userId,
      });
      return reply.status(202).send(queued);
    },
  );
}

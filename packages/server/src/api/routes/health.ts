import Type from 'typebox';
import { UnavailableError } from '../../errors/index.js';
import { checkReadiness } from '../../ops/index.js';
import type { App, AppContext } from '../context.js';
import { ErrorBodySchema } from '../schemas/common.js';

const CheckSchema = Type.String({
  description: '`ok`, `not_applicable` (jobs run in another process), `skipped`, or what is wrong',
});

const ReadinessSchema = Type.Object({
  status: Type.Literal('ready'),
  checks: Type.Object({ store: CheckSchema, migrations: CheckSchema, jobs: CheckSchema }),
});

export function registerHealthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/healthcheck',
    {
      config: { access: 'public' },
      schema: {
        tags: ['meta'],
        summary: 'Liveness check (no authentication)',
        response: { 200: Type.Object({ status: Type.Literal('OK') }) },
      },
    },
    async () => ({ status: 'OK' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['meta'],
        summary: 'Readiness check (no authentication)',
        description:
          '200 when the store answers, every migration is applied and (when this process runs jobs) the job ' +
          'worker loop is turning; otherwise 503 `not_ready` with the checks in `details.checks`.',
        response: { 200: ReadinessSchema, 503: ErrorBodySchema },
      },
    },
    async (request) => {
      const readiness = await checkReadiness(ctx.store, ctx.jobWorker);
      if (readiness.storeError) request.log.warn({ err: readiness.storeError }, 'store unreachable');
      if (!readiness.isReady) {
        const failing = Object.entries(readiness.checks)
          .filter(([, result]) => !['ok', 'not_applicable', 'skipped'].includes(result))
          .map(([name]) => name);
        throw new UnavailableError('not_ready', `not ready: ${failing.join(', ')}`, {
          checks: readiness.checks,
        });
      }
      return { status: 'ready' as const, checks: readiness.checks };
    },
  );
}

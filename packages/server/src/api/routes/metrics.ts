import { timingSafeEqual } from 'node:crypto';
import { Registry } from 'prom-client';
import Type from 'typebox';
import { authenticate } from '../../auth/authenticate.js';
import { hasRole } from '../../auth/roles.js';
import { ForbiddenError, NotFoundError } from '../../errors/index.js';
import type { App, AppContext } from '../context.js';
import { SESSION_COOKIE } from '../plugins/auth.js';
import { ErrorBodySchema } from '../schemas/common.js';

/**
 * `GET /metrics`: Prometheus text for a scraper. Registered whether metrics are on or not (the route and its
 * OpenAPI entry do not depend on configuration); off, it answers 404. Readable with an admin key or session, or,
 * when `SEXTANT_METRICS_TOKEN` is set, with that token as a bearer (a scraper needs no user account).
 */
export function registerMetricsRoutes(app: App, ctx: AppContext): void {
  const token = ctx.config.metricsToken;
  app.get(
    '/metrics',
    {
      // With a token the route checks credentials itself (token, else an admin), so the auth hook lets it through.
      config: { access: token ? 'public' : 'admin' },
      schema: {
        tags: ['meta'],
        summary: 'Prometheus metrics (admin key, or SEXTANT_METRICS_TOKEN; only when SEXTANT_METRICS is on)',
        produces: ['text/plain'],
        response: {
          200: Type.String({ description: 'Prometheus text exposition format 0.0.4' }),
          401: ErrorBodySchema,
          403: ErrorBodySchema,
          404: ErrorBodySchema,
        },
      },
    },
    async (request, reply) => {
      if (token && !isToken(request.headers.authorization, token)) {
        const auth = await authenticate(
          ctx.store.db,
          { authorization: request.headers.authorization, sessionToken: request.cookies?.[SESSION_COOKIE] },
          ctx.store.credentials,
        );
        if (!hasRole(auth.role, 'admin'))
          throw new ForbiddenError(
            'forbidden',
            `this needs the admin role or the metrics token; you act as ${auth.role}`,
            {
              required: 'admin',
              actual: auth.role,
            },
          );
      }
      const metrics = ctx.metrics;
      if (!ctx.config.metricsEnabled || !metrics)
        throw new NotFoundError('route_not_found', 'metrics are off; set SEXTANT_METRICS=1 to serve them');
      const text = ctx.scrapeMetrics ? await ctx.scrapeMetrics() : await metrics.registry.metrics();
      return reply.type(Registry.PROMETHEUS_CONTENT_TYPE).send(text);
    },
  );
}

function isToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import Type from 'typebox';
import { createCatalogMetrics } from '../ops/index.js';
import { createApiPathAliases } from './api-paths.js';
import type { App, AppContext } from './context.js';
import { deriveOperationId } from './operation-ids.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerCompression, registerCors } from './plugins/http-encoding.js';
import { registerJsonBodyParser } from './plugins/json-body.js';
import { lazySerializerFactory, lazyValidatorCompiler } from './plugins/lazy-compilers.js';
import { registerTextInputChecks } from './plugins/text-input.js';
import { createValidatorCompiler } from './plugins/validation.js';
import { trackRoutes } from './route-inventory.js';
import { registerRoutes } from './routes/index.js';
import { ErrorBodySchema } from './schemas/common.js';

export interface BuildAppOptions {
  /** A pino logger configuration or `false` (tests). */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web UI (default: `packages/web/dist`); tests point it at a small fake build. */
  webDistDir?: string;
}

/** Never log secrets: auth headers, cookies, passwords, credentials, tokens. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.credentials',
  '*.token',
  '*.apiKey',
  '*.key',
];

/** Builds the HTTP application on a store; `listen` is the caller's business (tests use `inject` or port 0). */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<App> {
  const aliases = createApiPathAliases();
  const app = Fastify({
    logger: options.logger ?? false,
    // Prefix-less API paths (Secoda's older guides) are routed as their `/api/v1` form: see api-paths.ts.
    rewriteUrl: (request) =>
      aliases.rewrite({
        url: request.url ?? '/',
        method: request.method ?? 'GET',
        accept: request.headers.accept,
      }),
    bodyLimit: ctx.config.bodyLimitBytes,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    trustProxy: false,
    // Response serializers are built on a route's first answer, not at start (plugins/lazy-compilers.ts).
    schemaController: { compilersFactory: { buildSerializer: lazySerializerFactory() as never } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(lazyValidatorCompiler(createValidatorCompiler()));

  trackRoutes(app);
  aliases.track(app);
  registerErrorHandler(app);
  registerTextInputChecks(app);
  registerJsonBodyParser(app);
  await registerCompression(app);
  await registerCors(app, ctx.config.corsOrigins);
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: ctx.config.uploadLimitBytes,
      files: 4,
      fields: 20,
      fieldSize: 1024 * 1024,
      parts: 30,
    },
    throwFileSizeLimit: true,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Sextant API',
        version: '0.1.0',
        description:
          "Sextant's catalog API (compatible with Secoda's public API shapes, plus Sextant extensions).",
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API key: Authorization: Bearer <key>' },
          session: { type: 'apiKey', in: 'cookie', name: 'sextant_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: ({ schema, url, route }) => {
      if (!schema || (schema as { operationId?: string }).operationId) return { schema, url };
      const method = Array.isArray(route.method) ? route.method[0]! : route.method;
      return { schema: { ...schema, operationId: deriveOperationId(method, url) } as typeof schema, url };
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  registerAuth(app, { store: ctx.store, writeRateLimitPerMinute: ctx.config.writeRateLimitPerMinute });
  registerMetricsHook(app, ctx);

  app.get(
    '/api/v1/openapi.json',
    {
      config: { access: 'viewer' },
      schema: {
        hide: true,
        response: { 200: Type.Object({}, { additionalProperties: true }), 401: ErrorBodySchema },
      },
    },
    async () => app.swagger() as unknown as Record<string, unknown>,
  );
  registerRoutes(app, ctx, { webDistDir: options.webDistDir });
  await app.ready();
  return app;
}

/** Counts every answered request under its route pattern (unknown paths as `unmatched`: bounded label values). */
function registerMetricsHook(app: App, ctx: AppContext): void {
  if (!ctx.config.metricsEnabled) return;
  if (!ctx.metrics) {
    const own = createCatalogMetrics(ctx.store);
    ctx.metrics = own;
    app.addHook('onClose', async () => own.stop());
  }
  const metrics = ctx.metrics;
  app.addHook('onResponse', async (request, reply) => {
    metrics.observeRequest(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode },
      reply.elapsedTime / 1000,
    );
  });
}

import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import Type from 'typebox';
import type { App, AppContext } from './context.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { createValidatorCompiler } from './plugins/validation.js';
import { trackRoutes } from './route-inventory.js';
import { registerRoutes } from './routes/index.js';
import { ErrorBodySchema } from './schemas/common.js';

export interface BuildAppOptions {
  /** A pino logger configuration or `false` (tests). */
  logger?: FastifyServerOptions['logger'];
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
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: ctx.config.bodyLimitBytes,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    trustProxy: false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(createValidatorCompiler());

  trackRoutes(app);
  registerErrorHandler(app);
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
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  registerAuth(app, { store: ctx.store, writeRateLimitPerMinute: ctx.config.writeRateLimitPerMinute });

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
  registerRoutes(app, ctx);
  await app.ready();
  return app;
}

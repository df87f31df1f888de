import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { SecretBox } from '../auth/secret-box.js';
import type { Config } from '../config.js';
import type { Store } from '../store/database.js';

/** What route handlers get besides the request: the store and the process-wide services. */
export interface AppContext {
  store: Store;
  config: Config;
  secrets: SecretBox;
}

/** The Fastify instance with TypeBox types: route schemas type `request.body`, `query`, `params` and replies. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

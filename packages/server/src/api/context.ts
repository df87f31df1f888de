import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { SecretBox } from '../auth/secret-box.js';
import type { Config } from '../config.js';
import type { CatalogMetrics, JobWorkerProbe } from '../ops/index.js';
import type { Store } from '../store/database.js';

/** What route handlers get besides the request: the store and the process-wide services. */
export interface AppContext {
  store: Store;
  config: Config;
  secrets: SecretBox;
  /**
   * This process's job worker loop, for readiness (/readyz): set when this process runs jobs (it may start after
   * the app is built: not alive until then); unset when jobs run elsewhere (`serve --workers N`, SEXTANT_JOBS=0).
   */
  jobWorker?: JobWorkerProbe | undefined;
  /** This process's metrics; when unset and `config.metricsEnabled`, the app makes its own. */
  metrics?: CatalogMetrics | undefined;
  /** What a scrape of /metrics answers, when not this process's registry alone (`serve --workers`: all of them). */
  scrapeMetrics?: (() => Promise<string>) | undefined;
}

export type { JobWorkerProbe } from '../ops/index.js';

/** The Fastify instance with TypeBox types: route schemas type `request.body`, `query`, `params` and replies. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

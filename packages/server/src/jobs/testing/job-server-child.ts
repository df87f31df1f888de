/**
 * A whole `sextant serve`-like server process for jobs tests (started by spawnJobServer): configured from the
 * environment as the real one is, with the feed runner registered. Prints one JSON line when it listens.
 */
import { loadConfig } from '../../config.js';
import { startServer } from '../../server.js';
import { registerRunner } from '../runner-registry.js';
import { FEED_TYPE, feedRunner } from './feed-runner.js';

registerRunner(FEED_TYPE, feedRunner);
const server = await startServer(loadConfig(), {
  logger: process.env.JOB_CHILD_LOG ? { level: 'info' } : false,
  adminPassword: 'correct horse battery staple',
});
process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: server.bootstrap?.apiKey ?? null })}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});

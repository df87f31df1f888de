import { expect } from 'vitest';
import type { App } from '../../api/context.js';
import { createSecretBox } from '../../auth/secret-box.js';
import type { Store } from '../../store/database.js';
import { JobService } from '../job-service.js';
import type { JobLogger } from '../runner-registry.js';
import { FEED_TYPE } from './feed-runner.js';

const quiet = { info() {}, warn() {}, error() {} };

/** A worker loop driven by hand (`tick` then `idle`), with the scheduler's clock under the test's control. */
export function manualJobService(
  store: Store,
  options: { now?: () => Date; concurrency?: number; logger?: JobLogger } = {},
): JobService {
  return new JobService({
    store,
    secrets: createSecretBox(Buffer.alloc(32, 7)),
    logger: options.logger ?? quiet,
    pollMs: 60_000,
    tickMs: 0,
    leaseMs: 30_000,
    concurrency: options.concurrency ?? 2,
    schedule: true,
    recoverAllAtStart: false,
    limits: { memoryLimitMb: 64, timeLimitMs: 10_000 },
    now: options.now,
  });
}

/** What the helpers need of a test app (src/testing is not part of the build this file is in). */
interface AppUnderTest {
  app: App;
  as(role: 'admin'): { authorization: string };
}

/** Creates an integration of the feed runner's type over the API; returns its id. */
export async function createFeedIntegration(
  t: AppUnderTest,
  feedUrl: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/integration/integrations',
    headers: t.as('admin'),
    payload: { name: `feed ${Math.random()}`, type: FEED_TYPE, properties: { feed_url: feedUrl }, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

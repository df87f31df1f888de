import type { JobRunner } from '../runner-registry.js';

/** The integration type the test runner runs. */
export const FEED_TYPE = 'test-feed';

/**
 * A real runner for tests of the jobs machinery: it reads the integration's `properties.feed_url` from the store,
 * fetches that URL over a real socket (a local fake service), logs and records the call like the sandbox does,
 * and declares the JSON array it gets. A feed that answers an error fails the run.
 */
export const feedRunner: JobRunner = {
  source: 'sdk',
  async run(ctx) {
    const row = await ctx.store.db
      .selectFrom('integrations')
      .select('properties')
      .where('id', '=', ctx.integration.id)
      .executeTakeFirstOrThrow();
    const url = String((JSON.parse(row.properties) as { feed_url?: unknown }).feed_url);
    ctx.log({ level: 'info', message: `fetching ${url}` });
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(url, { signal: ctx.signal });
    } catch (error) {
      ctx.httpCall({ method: 'GET', url, error: (error as Error).message });
      return { ok: false, error: { code: 'feed_unreachable', message: (error as Error).message } };
    }
    const body = await response.text();
    ctx.httpCall({ method: 'GET', url, status: response.status, durationMs: performance.now() - started });
    if (!response.ok)
      return { ok: false, error: { code: 'feed_failed', message: `the feed answered ${response.status}` } };
    for (const record of JSON.parse(body) as unknown[]) ctx.emit(record);
    ctx.log({ level: 'info', message: 'feed declared' });
    return { ok: true };
  },
};

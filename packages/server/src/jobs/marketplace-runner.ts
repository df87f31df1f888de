import { loadMarketplaceRun } from '../marketplace/index.js';
import { runSandboxed } from '../sandbox/index.js';
import type { JobRunner } from './runner-registry.js';

/**
 * Runs a `marketplace:<id>` integration: the pinned version's bundle in the sandbox, with the connection's
 * decrypted credentials and network policy. Records, log lines and http calls go to the jobs machinery as they
 * come; a failed sandbox run (time, memory, refused call, code error …) applies nothing.
 */
export const marketplaceRunner: JobRunner = {
  source: 'sdk',
  async run(ctx) {
    const run = await loadMarketplaceRun({ db: ctx.store.db, secrets: ctx.secrets }, ctx.integration.id);
    if (!run) {
      return {
        ok: false,
        error: {
          code: 'integration_not_runnable',
          message: `${ctx.integration.type} is not a marketplace type`,
        },
      };
    }
    const result = await runSandboxed({
      code: run.code,
      credentials: run.credentials,
      allowedEndpoints: run.allowedEndpoints,
      allowPrivateHosts: run.allowPrivateHosts,
      memoryLimitMb: ctx.limits.memoryLimitMb,
      timeLimitMs: ctx.limits.timeLimitMs,
      onRecord: (record) => ctx.emit(record),
      onLog: (entry) => ctx.log(entry),
      onHttpCall: (entry) => ctx.httpCall({ ...entry }),
      signal: ctx.signal,
      logger: ctx.logger,
    });
    return result.ok ? { ok: true } : { ok: false, error: result.error };
  },
};

import { expect } from 'vitest';
import { bundleIntegration } from '../bundle-integration.js';
import { runSandboxed } from '../run-sandboxed.js';
import type { HttpCallEntry, SandboxLogEntry, SandboxRecord, SandboxRunOptions } from '../sandbox-types.js';

/** What one sandboxed test run produced. */
export interface SandboxTestRun {
  result: Awaited<ReturnType<typeof runSandboxed>>;
  records: SandboxRecord[];
  logs: SandboxLogEntry[];
  calls: HttpCallEntry[];
}

/** Bundles `source` (which must build) and runs it in the sandbox, collecting what it reports. */
export async function runInSandbox(
  source: string,
  options: Partial<Omit<SandboxRunOptions, 'code' | 'onRecord' | 'onLog' | 'onHttpCall'>> = {},
): Promise<SandboxTestRun> {
  const bundle = await bundleIntegration(source, { filename: 'test-integration.ts' });
  if (!bundle.ok) throw new Error(bundle.message);
  const run: Omit<SandboxTestRun, 'result'> = { records: [], logs: [], calls: [] };
  const result = await runSandboxed({
    code: bundle.code,
    credentials: {},
    allowedEndpoints: [],
    timeLimitMs: 20_000,
    ...options,
    onRecord: (record) => run.records.push(record),
    onLog: (entry) => run.logs.push(entry),
    onHttpCall: (entry) => run.calls.push(entry),
  });
  return { ...run, result };
}

/** Asserts the run failed with `code` and a message matching `message`; returns the message. */
export function expectFailure(run: SandboxTestRun, code: string, message: RegExp): string {
  expect(run.result).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
  return run.result.ok ? '' : run.result.error.message;
}

/** An integration whose extract() body is `body` (TypeScript, `this` is the integration). */
export function integrationWith(body: string): string {
  return `import { Integration } from '@sextant/sdk';
export default class Hostile extends Integration {
  async extract(): Promise<void> {
${body}
  }
}
`;
}

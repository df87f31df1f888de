// The timed half of the connector benches: create the integration over HTTP, then "run now" twice (a first run
// and an identical second one), waiting for each sync, and print the figures beside the targets.
import { loadavg } from 'node:os';
import type { BuiltServer } from './built-server.js';

export interface ConnectorRunsOptions {
  /** `connector-postgres`, `connector-mysql`: the first word of the summary line. */
  bench: string;
  /** The built server, in its own process: its peak RSS is the figure. */
  server: BuiltServer;
  /** The body of `POST /api/v1/integration/integrations`. */
  integration: { name: string; type: string; credentials: Record<string, unknown> };
  /** What was generated, for the summary line. */
  shape: string;
  generatedMs: number;
}

export async function timeConnectorRuns(options: ConnectorRunsOptions): Promise<void> {
  const serverUrl = options.server.url;
  const auth = { authorization: `Bearer ${options.server.apiKey}` };
  const headers = { ...auth, 'content-type': 'application/json' };
  const created = await fetch(`${serverUrl}/api/v1/integration/integrations`, {
    method: 'POST',
    headers,
    body: JSON.stringify(options.integration),
  });
  if (!created.ok) throw new Error(`create answered ${created.status}: ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  for (const label of ['first run', 'second run (nothing changed)']) {
    const t0 = performance.now();
    const cpu0 = options.server.cpuSeconds();
    const run = await fetch(`${serverUrl}/api/v1/integration/integrations/${id}/run`, {
      method: 'POST',
      headers: auth,
    });
    if (run.status !== 202) throw new Error(`run now answered ${run.status}: ${await run.text()}`);
    const { sync_id } = (await run.json()) as { sync_id: string };
    let sync: { status: string; counts: Record<string, number>; error: unknown };
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const res = await fetch(`${serverUrl}/api/v1/integration/integrations/${id}/syncs/${sync_id}`, {
        headers,
      });
      sync = (await res.json()) as typeof sync;
    } while (sync.status === 'running');
    const seconds = (performance.now() - t0) / 1000;
    if (sync.status !== 'succeeded') throw new Error(`run ${sync.status}: ${JSON.stringify(sync.error)}`);
    // The server's CPU time tells the cost of a change apart from the machine's load, which stretches the wall time.
    const cpu = options.server.cpuSeconds() - cpu0;
    console.log(
      `  ${label}: ${seconds.toFixed(2)} s (target ≤ 30 s), server CPU ${cpu.toFixed(1)} s  counts ${JSON.stringify(sync.counts)}`,
    );
  }
  console.log(`${options.bench}: ${options.shape}, SQLite catalog, run now over HTTP`);
  console.log(`  database generated in ${(options.generatedMs / 1000).toFixed(1)} s`);
  // The server's own process (`sextant serve`, built), where the connector and the sync engine run.
  console.log(`  server peak RSS ${options.server.peakRssMb().toFixed(0)} MB (target ≤ 500 MB)`);
  // The targets are for an otherwise idle 2-core machine; other work inflates the figures.
  console.log(`  load average at the end ${loadavg()[0]!.toFixed(1)}`);
}

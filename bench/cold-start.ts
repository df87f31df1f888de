// Cold start to serving (DESIGN.md §7: ≤ 3 s on an empty store). Each run spawns `sextant serve` on a fresh, empty
// data folder (so migrations and the first-start bootstrap are included) and polls /healthcheck until it answers.
import { execSync } from 'node:child_process';
import { median, ROOT, startServerProcess } from './lib/server-process.js';

const RUNS = Number(process.env.RUNS ?? 7);
execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });

const totals: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const server = await startServerProcess();
  let ok = false;
  while (!ok) {
    ok = await fetch(`${server.url}/healthcheck`).then(
      (r) => r.ok,
      () => false,
    );
    if (!ok) await new Promise((r) => setTimeout(r, 10));
  }
  totals.push(performance.now() - t0);
  await server.stop();
}
const fmt = (ms: number) => `${Math.round(ms)} ms`;
console.log(`cold start to a served /healthcheck on an empty SQLite store, ${RUNS} runs`);
console.log(
  `  median ${fmt(median(totals))}  min ${fmt(Math.min(...totals))}  max ${fmt(Math.max(...totals))}  (target ≤ 3000 ms)`,
);

// Runs the lineage engine over every case. The batch CLI (`sextant lineage --batch --json`) is the scoring
// contract, so it is preferred; importing `analyze` is the fallback while the CLI is not built yet.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { LineageCase } from './cases.js';

/** The part of the engine's result line that scoring reads. */
export interface EngineResult {
  sources: string[];
  targets: string[];
  intermediates?: string[];
  columns: {
    from: { table: string | null; column: string };
    to: { table: string | null; column: string };
    kind?: string;
  }[];
  errors: unknown[];
}

/** Results by case id, how they were obtained, and the wall time of the engine run. */
export interface EngineRun {
  via: string;
  results: Map<string, EngineResult>;
  elapsedMs: number;
  /** A note on something that went wrong outside single cases (non-zero exit, stderr tail). */
  problem?: string;
}

const CLI_TIMEOUT_MS = 10 * 60_000;

/** Whether `node <cliPath> lineage --help` works, i.e. the CLI is built and has the command. */
export function isBatchCliAvailable(cliPath: string): boolean {
  if (!existsSync(cliPath)) return false;
  const probe = spawnSync(process.execPath, [cliPath, 'lineage', '--help'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return probe.status === 0 && probe.stdout.includes('--batch');
}

function toBatchLine(c: LineageCase): string {
  return JSON.stringify({
    id: c.id,
    sql: c.sql,
    dialect: c.dialect,
    ...(c.default_database !== undefined && { default_database: c.default_database }),
    ...(c.default_schema !== undefined && { default_schema: c.default_schema }),
    ...(c.schema !== undefined && { schema: c.schema }),
  });
}

/** Feeds every case to one `lineage --batch --json` process and collects its answer lines by id. */
export async function runBatchCli(cliPath: string, cases: LineageCase[]): Promise<EngineRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [cliPath, 'lineage', '--batch', '--json'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), CLI_TIMEOUT_MS);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  // Written in one go: the CLI reads stdin as a stream, and stdout is drained concurrently above.
  child.stdin.end(`${cases.map(toBatchLine).join('\n')}\n`);
  const code = await exited;
  clearTimeout(timer);
  const results = new Map<string, EngineResult>();
  let unreadable = 0;
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const parsed = JSON.parse(line) as EngineResult & { id: string };
      results.set(parsed.id, parsed);
    } catch {
      unreadable += 1;
    }
  }
  const problems: string[] = [];
  if (code !== 0) problems.push(`CLI exited with ${code}`);
  if (unreadable > 0) problems.push(`${unreadable} stdout lines were not JSON`);
  if (stderr.trim() !== '') problems.push(`stderr: ${stderr.trim().slice(-800)}`);
  return {
    via: `node ${cliPath} lineage --batch --json`,
    results,
    elapsedMs: performance.now() - started,
    ...(problems.length > 0 && { problem: problems.join('; ') }),
  };
}

type Analyze = (sql: string, options: Record<string, unknown>) => EngineResult;

/** Calls `analyze` of @sextant/sql-lineage in this process (sources via the `source` condition). */
export async function runImportedAnalyze(cases: LineageCase[]): Promise<EngineRun> {
  const mod = (await import('@sextant/sql-lineage')) as { analyze?: Analyze };
  if (typeof mod.analyze !== 'function')
    throw new Error('@sextant/sql-lineage does not export analyze() yet');
  const analyze = mod.analyze;
  const started = performance.now();
  const results = new Map<string, EngineResult>();
  for (const c of cases) {
    try {
      results.set(
        c.id,
        analyze(c.sql, {
          dialect: c.dialect,
          defaultDatabase: c.default_database,
          defaultSchema: c.default_schema,
          schema: c.schema,
        }),
      );
    } catch (error) {
      // A throw is an engine bug (the contract is structured errors); it is scored as a failed case.
      results.set(c.id, {
        sources: [],
        targets: [],
        columns: [],
        errors: [{ code: 'crash', message: String(error) }],
      });
    }
  }
  return {
    via: "import { analyze } from '@sextant/sql-lineage'",
    results,
    elapsedMs: performance.now() - started,
  };
}

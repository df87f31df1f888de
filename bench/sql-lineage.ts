// `npm run bench -- sql-lineage [--rounds N]`: speed of the SQL lineage engine on one core (one Node thread).
// Corpus: the fixture SQL (TPC-H and TPC-DS query texts, derived from TPC-H/TPC-DS; compiled dbt models) and,
// when present, the lineage test-suite cases under bench/lineage-accuracy/cases. Prints figures; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' } } });
const rounds = Number(values.rounds);

const importStarted = performance.now();
const { analyze, extractTables } = await import('@sextant/sql-lineage');
const importMs = performance.now() - importStarted;

interface Case {
  name: string;
  sql: string;
  dialect: string;
  lines: number;
  options?: Record<string, unknown>;
}

const here = import.meta.dirname;
const fixtures = join(here, '../../shared/fixtures/sql');

function loadFixtureSql(): Case[] {
  const cases: Case[] = [];
  const add = (name: string, sql: string, dialect: string) =>
    cases.push({ name, sql, dialect, lines: sql.trim().split('\n').length });
  for (const dir of ['tpch', 'tpcds']) {
    for (const file of readdirSync(join(fixtures, dir)).sort()) {
      add(`${dir}/${file}`, readFileSync(join(fixtures, dir, file), 'utf8'), 'ansi');
    }
  }
  for (const project of readdirSync(join(fixtures, 'dbt-compiled'))) {
    const index = JSON.parse(readFileSync(join(fixtures, 'dbt-compiled', project, 'index.json'), 'utf8'));
    for (const model of index.models) {
      add(
        `${project}/${model.file}`,
        readFileSync(join(fixtures, 'dbt-compiled', project, model.file), 'utf8'),
        index.adapter_type,
      );
    }
  }
  return cases;
}

function loadSuiteCases(): Case[] {
  const dir = join(here, 'lineage-accuracy/cases');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line))
      .map((c) => ({
        name: c.id,
        sql: c.sql,
        dialect: c.dialect,
        lines: c.sql.trim().split('\n').length,
        options: {
          ...(c.default_database && { defaultDatabase: c.default_database }),
          ...(c.default_schema && { defaultSchema: c.default_schema }),
          ...(c.schema && { schema: c.schema }),
        },
      })),
  );
}

type Run = (c: Case) => { statements: number };
const columnLevel: Run = (c) => ({
  statements: analyze(c.sql, { dialect: c.dialect, ...c.options }).statements.length,
});
const tableLevel: Run = (c) => {
  extractTables(c.sql, { dialect: c.dialect, ...c.options });
  return { statements: 1 };
};

/**
 * Runs every case `rounds` times (after one warm-up round); per-case times are the median of its rounds.
 * `cpuMs` is the process's CPU time over the rounds: on a shared, loaded machine wall time also counts the
 * time spent waiting for a core, CPU time does not (it includes the GC threads, so it errs on the slow side).
 */
function measure(
  cases: Case[],
  run: Run,
): { perCase: number[]; statements: number; totalMs: number; cpuMs: number } {
  let statements = 0;
  for (const c of cases) statements += columnLevel(c).statements; // warm-up, and statement count
  const samples = cases.map(() => [] as number[]);
  let totalMs = 0;
  const cpuStart = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    cases.forEach((c, i) => {
      const t = performance.now();
      run(c);
      samples[i]?.push(performance.now() - t);
    });
    totalMs += performance.now() - started;
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    perCase: samples.map(median),
    statements: statements * rounds,
    totalMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ms = (x: number) => `${x.toFixed(3)} ms`;
const rate = (n: number, totalMs: number) => `${Math.round((n / totalMs) * 1000).toLocaleString('en-US')}/s`;

function report(title: string, cases: Case[]): void {
  if (cases.length === 0) return;
  console.log(`\n${title}: ${cases.length} cases, ${cases.reduce((n, c) => n + c.lines, 0)} lines`);
  for (const [level, run] of [
    ['table-level ', tableLevel],
    ['column-level', columnLevel],
  ] as const) {
    const { perCase, statements, totalMs, cpuMs } = measure(cases, run);
    console.log(
      `  ${level}  median/case ${ms(median(perCase))}  mean/statement ${ms(totalMs / statements)} wall, ` +
        `${ms(cpuMs / statements)} cpu  ${rate(statements, totalMs)} statements  ` +
        `${rate(cases.length * rounds, totalMs)} cases wall, ${rate(cases.length * rounds, cpuMs)} per cpu-second`,
    );
  }
}

console.log(`sql-lineage benchmark, Node ${process.version}, one thread, ${rounds} rounds after a warm-up`);
console.log(
  `machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} (figures are only comparable at low load)`,
);
console.log(`import (WASM parser compile + init): ${importMs.toFixed(0)} ms`);
const fixtureCases = loadFixtureSql();
report('fixture SQL (TPC-H, TPC-DS derived queries; compiled dbt models)', fixtureCases);
const fifty = fixtureCases.filter((c) => c.lines >= 35 && c.lines <= 70);
report('~50-line queries from the fixtures (35-70 lines)', fifty);
if (fifty.length > 0) {
  const { perCase } = measure(fifty, columnLevel);
  console.log(`  => column-level median for a ~50-line query: ${ms(median(perCase))} (target <= 1 ms)`);
}
const suite = loadSuiteCases();
report('lineage test-suite cases (bench/lineage-accuracy/cases)', suite);
if (suite.length > 0) {
  const { totalMs, cpuMs } = measure(suite, columnLevel);
  console.log(
    `  => column-level cases/s: ${rate(suite.length * rounds, totalMs)} wall, ` +
      `${rate(suite.length * rounds, cpuMs)} per cpu-second (target >= 3,000/s)`,
  );
}

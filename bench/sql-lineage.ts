// `npm run bench -- sql-lineage [--rounds N] [--baseline REV]`: speed of the SQL lineage engine on one core
// (one Node thread). `--baseline REV` also loads packages/sql-lineage/src as it was at git revision REV and
// measures both engines in alternating rounds of the same run, so a before/after shares the machine's load.
// Corpus: the fixture SQL (TPC-H and TPC-DS query texts, derived from TPC-H/TPC-DS; compiled dbt models) and,
// when present, the lineage test-suite cases under bench/lineage-accuracy/cases. Prints figures; asserts nothing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** The sqlglot side of the comparison (see `compareWithSqlglot`), run with the system's Python. */
const SQLGLOT_REFERENCE = String.raw`import sys, json, time
import sqlglot
from sqlglot import exp
from sqlglot.lineage import lineage

DIALECTS = {'ansi': None, 'postgres': 'postgres', 'tsql': 'tsql', 'databricks': 'databricks', 'sparksql': 'spark',
            'hive': 'hive', 'mysql': 'mysql', 'mariadb': 'mysql', 'bigquery': 'bigquery', 'snowflake': 'snowflake',
            'redshift': 'redshift', 'oracle': 'oracle', 'duckdb': 'duckdb', 'sqlite': 'sqlite', 'trino': 'trino',
            'athena': 'presto'}
cases = [json.loads(line) for line in sys.stdin if line.strip()]

def statements(case):
    return [s for s in sqlglot.parse(case['sql'], read=DIALECTS.get(case['dialect'])) if s is not None]

def table_level(case):
    for statement in statements(case):
        list(statement.find_all(exp.Table))

def column_level(case):
    dialect = DIALECTS.get(case['dialect'])
    for statement in statements(case):
        select = statement if isinstance(statement, exp.Subqueryable) else statement.find(exp.Subqueryable)
        if select is None:
            continue
        for name in select.named_selects:
            lineage(name, select, dialect=dialect)

out = {}
for label, run in (('table', table_level), ('column', column_level)):
    ok = 0
    started = time.process_time()
    for case in cases:
        try:
            run(case)
            ok += 1
        except Exception:
            pass
    out[label] = {'cpu_s': time.process_time() - started, 'ok': ok, 'cases': len(cases)}
print(json.dumps(out))
`;

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, baseline: { type: 'string' } },
});
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
  for (const c of cases) {
    run(c); // warm-up
    statements += columnLevel(c).statements;
  }
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
  compareWithSqlglot(suite);
}
if (values.baseline) await compareWithBaseline(values.baseline, { fifty, suite });

/**
 * Before/after: the engine at git revision `rev` (its `src`, extracted with `git archive`, resolving the same
 * npm parser) against the working tree, alternating three times on the two target figures.
 */
async function compareWithBaseline(rev: string, sets: { fifty: Case[]; suite: Case[] }): Promise<void> {
  const dir = join(here, '.out', `sql-lineage-${rev.replace(/[^\w.-]/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', rev, 'packages/sql-lineage/src'], {
    cwd: join(here, '..'),
  });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const baseline = await import(join(dir, 'packages/sql-lineage/src/index.ts'));
  const engines: Array<[string, Run]> = [
    [
      `baseline ${rev}`,
      (c) => ({
        statements: baseline.analyze(c.sql, { dialect: c.dialect, ...c.options }).statements.length,
      }),
    ],
    ['working tree', columnLevel],
  ];
  console.log(`\nbefore/after, column level, alternating rounds (load average ${loadavg()[0]?.toFixed(1)}):`);
  const fifty = new Map<string, number[]>();
  const wall = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, x: number) =>
    map.set(key, [...(map.get(key) ?? []), x]);
  for (let i = 0; i < 3; i++) {
    for (const [name, run] of engines) {
      push(fifty, name, median(measure(sets.fifty, run).perCase));
      const { totalMs, cpuMs } = measure(sets.suite, run);
      push(wall, name, (sets.suite.length * rounds * 1000) / totalMs);
      push(cpu, name, (sets.suite.length * rounds * 1000) / cpuMs);
    }
  }
  const perSecond = (map: Map<string, number[]>, name: string) =>
    Math.round(median(map.get(name) ?? [])).toLocaleString('en-US');
  for (const [name] of engines) {
    console.log(
      `  ${name.padEnd(22)} ~50-line median ${ms(median(fifty.get(name) ?? []))}  suite ` +
        `${perSecond(wall, name)} cases/s wall, ${perSecond(cpu, name)} per cpu-second`,
    );
  }
}

/**
 * The same cases through sqlglot (Python), when a Python with sqlglot is installed (Debian: python3-sqlglot):
 * table level = parse + list tables, column level = parse + `sqlglot.lineage` of every output column. CPU time,
 * one round. Cases sqlglot fails on are counted too (they end early, which flatters it).
 */
function compareWithSqlglot(cases: Case[]): void {
  const python = ['/usr/bin/python3', 'python3'].find(
    (bin) => spawnSync(bin, ['-c', 'import sqlglot.lineage'], { stdio: 'ignore' }).status === 0,
  );
  if (!python) {
    console.log('\nsqlglot comparison skipped: no python3 with sqlglot (apt-get install python3-sqlglot)');
    return;
  }
  const script = join(mkdtempSync(join(tmpdir(), 'sqlglot-bench-')), 'reference.py');
  writeFileSync(script, SQLGLOT_REFERENCE);
  const input = cases.map((c) => JSON.stringify({ sql: c.sql, dialect: c.dialect })).join('\n');
  const run = spawnSync(python, [script], { input, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) {
    console.log(`\nsqlglot comparison failed: ${run.stderr.trim().split('\n').pop()}`);
    return;
  }
  const version = spawnSync(python, ['-c', 'import sqlglot; print(sqlglot.__version__)'], {
    encoding: 'utf8',
  });
  const result = JSON.parse(run.stdout) as Record<string, { cpu_s: number; ok: number; cases: number }>;
  console.log(
    `\nsqlglot ${version.stdout.trim()} (Python ${python}) on the same ${cases.length} cases, one round:`,
  );
  for (const [level, r] of Object.entries(result)) {
    const perSecond = Math.round(r.cases / r.cpu_s).toLocaleString('en-US');
    console.log(
      `  ${level}-level  ${perSecond} cases per cpu-second (${r.ok}/${r.cases} without an exception)`,
    );
  }
}

// `npm run bench -- lineage-accuracy [--source a,b] [--match text] [--engine auto|cli|import] [--cli main.js]`
//
// Scores the SQL lineage engine on test cases converted from other lineage projects' public test suites
// (bench/lineage-accuracy/cases, see its README): exact set match per case, table level and column level.
// Prints per-source, per-dialect and overall percentages; writes every failing case with expected vs actual to
// bench/.out/lineage-accuracy-failures.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type LineageCase, loadCases } from './lineage-accuracy/cases.js';
import {
  type EngineRun,
  isBatchCliAvailable,
  runBatchCli,
  runImportedAnalyze,
} from './lineage-accuracy/engine.js';
import {
  type CaseOutcome,
  type FailureRecord,
  scoreCase,
  type Tally,
  tally,
} from './lineage-accuracy/score.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const casesDir = join(here, 'lineage-accuracy', 'cases');
const failuresPath = join(here, '.out', 'lineage-accuracy-failures.json');

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    engine: { type: 'string', default: 'auto' },
    cli: { type: 'string' },
    match: { type: 'string' },
  },
});

// `--cli` points at another build of the CLI (e.g. a stub while the engine is being written).
const cliPath = values.cli ?? join(root, 'packages', 'cli', 'dist', 'main.js');

async function runEngine(cases: LineageCase[]): Promise<EngineRun> {
  const engine = values.engine ?? 'auto';
  if (!['auto', 'cli', 'import'].includes(engine))
    throw new Error(`--engine must be auto, cli or import, not "${engine}"`);
  if (engine === 'import') return runImportedAnalyze(cases);
  if (isBatchCliAvailable(cliPath)) return runBatchCli(cliPath, cases);
  if (engine === 'cli')
    throw new Error(`${relative(root, cliPath)} has no working "lineage --batch" (run npm run build)`);
  console.warn(
    `note: ${relative(root, cliPath)} lineage --batch is not available; importing analyze() instead`,
  );
  return runImportedAnalyze(cases);
}

const pct = (pass: number, total: number): string =>
  total === 0 ? '     -' : `${((100 * pass) / total).toFixed(1)}%`.padStart(6);

function printTallies(title: string, tallies: Map<string, Tally>): void {
  console.log(`\n${title.padEnd(26)} cases   table (pass/n)        column (pass/n)       column, any kind`);
  for (const [key, t] of tallies) {
    const table = `${pct(t.tablePass, t.tableCases)} ${`${t.tablePass}/${t.tableCases}`.padStart(9)}`;
    const column = `${pct(t.columnPass, t.columnCases)} ${`${t.columnPass}/${t.columnCases}`.padStart(9)}`;
    const anyKind = pct(t.columnAnyKindPass, t.columnCases);
    console.log(`${key.padEnd(26)} ${String(t.cases).padStart(5)}   ${table}      ${column}      ${anyKind}`);
  }
}

function scoreAll(
  cases: LineageCase[],
  run: EngineRun,
): { outcomes: CaseOutcome[]; failures: FailureRecord[] } {
  const outcomes: CaseOutcome[] = [];
  const failures: FailureRecord[] = [];
  let missing = 0;
  for (const c of cases) {
    const actual = run.results.get(c.id) ?? null;
    if (actual === null) missing += 1;
    const { outcome, failure } = scoreCase(c, actual);
    outcomes.push(outcome);
    if (failure) failures.push(failure);
  }
  if (missing > 0)
    console.warn(`warning: the engine returned no result for ${missing} cases (scored as failures)`);
  return { outcomes, failures };
}

function printReport(outcomes: CaseOutcome[]): void {
  printTallies(
    'by source',
    tally(outcomes, (o) => o.source),
  );
  printTallies(
    'by dialect',
    tally(outcomes, (o) => o.dialect),
  );
  // Suites that contradict each other cap the reachable score: show both sides, and the rest on its own.
  const contested = outcomes.filter((o) => o.contested !== undefined);
  if (contested.length > 0) {
    printTallies(
      'contested, per tag',
      tally(contested, (o) => o.contested ?? ''),
    );
    const uncontested = outcomes.filter((o) => o.contested === undefined);
    printTallies(
      'without contested',
      tally(uncontested, (o) => o.source),
    );
  }
  // A pass despite an engine error is a pass only because the expectation is empty: listed, so it is seen.
  const erroredPasses = outcomes.filter((o) => o.hadError && o.table !== false && o.column !== false);
  console.log(`\npassing cases where the engine reported an error: ${erroredPasses.length}`);
  for (const o of erroredPasses) console.log(`  ${o.id}${o.contested ? ` (contested: ${o.contested})` : ''}`);
  console.log(
    '\ncolumn = expected pairs vs the engine\'s "direct" edges; "any kind" also counts "indirect" edges (information only).',
  );
}

async function main(): Promise<void> {
  const only = values.source ? new Set(values.source.split(',').map((s) => s.trim())) : undefined;
  // --match keeps the cases whose id contains the text, to rerun a few failures while fixing them.
  const cases = loadCases(casesDir, only).filter((c) => !values.match || c.id.includes(values.match));
  if (cases.length === 0)
    throw new Error(`no cases${only ? ` for --source ${values.source}` : ''} in ${casesDir}`);
  const run = await runEngine(cases);
  const perSecond = ((cases.length * 1000) / run.elapsedMs).toFixed(0);
  console.log(`engine: ${run.via}`);
  console.log(
    `${cases.length} cases in ${run.elapsedMs.toFixed(0)} ms (${perSecond} cases/s, incl. start-up)`,
  );
  if (run.problem) console.warn(`warning: ${run.problem}`);
  const { outcomes, failures } = scoreAll(cases, run);
  printReport(outcomes);
  mkdirSync(dirname(failuresPath), { recursive: true });
  writeFileSync(failuresPath, `${JSON.stringify(failures, null, 2)}\n`);
  console.log(`${failures.length} failing cases written to ${relative(root, failuresPath)}`);
}

await main();

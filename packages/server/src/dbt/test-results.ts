import type { DbtRunResult, DbtRunResults } from './artifact-types.js';
import { columnId } from './convert-artifacts.js';
import type { DbtProject } from './dbt-project.js';

/** The statuses a test result may carry (dbt's words; `success` of a model run is not a test status). */
export const TEST_STATUSES = ['pass', 'fail', 'error', 'warn', 'skipped'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/** One test's latest outcome, attached to one tested resource (an asset, or one of its columns). */
export interface TestOutcome {
  testUniqueId: string;
  testName: string;
  /** databuilder_id of the tested asset or column. */
  testedDatabuilderId: string;
  columnName: string | null;
  status: TestStatus | null;
  message: string | null;
  failures: number | null;
  runAt: string | null;
}

/**
 * Every test node of the manifest with its result from run_results (status null when this run_results does not
 * include it: the caller keeps an earlier result then). A column test is attached to its asset and to the column.
 */
export function collectTestOutcomes(
  project: DbtProject,
  runResults: DbtRunResults | undefined,
): TestOutcome[] {
  const results = new Map((runResults?.results ?? []).map((r) => [r.unique_id, r]));
  const generatedAt = runResults?.metadata.generated_at ?? null;
  const outcomes: TestOutcome[] = [];
  for (const test of project.tests) {
    const result = results.get(test.uniqueId);
    const base = {
      testUniqueId: test.uniqueId,
      testName: test.name,
      columnName: test.columnName,
      status: result ? statusOf(result.status) : null,
      message: result?.message ?? null,
      failures: typeof result?.failures === 'number' ? result.failures : null,
      runAt: result ? (runAtOf(result) ?? generatedAt) : null,
    };
    for (const testedId of test.testedIds) {
      const asset = project.assets.get(testedId);
      if (!asset) continue;
      outcomes.push({ ...base, testedDatabuilderId: testedId });
      const column = test.columnName ? asset.columns.get(unquote(test.columnName).toLowerCase()) : undefined;
      if (column) outcomes.push({ ...base, testedDatabuilderId: columnId(testedId, column.name) });
    }
  }
  return outcomes;
}

/** dbt writes statuses in lower case since 1.0 and in upper case in some older logs; `success` means `pass`. */
function statusOf(status: string): TestStatus | null {
  const lower = status.toLowerCase();
  if (lower === 'success') return 'pass';
  if (lower === 'skip') return 'skipped';
  return (TEST_STATUSES as readonly string[]).includes(lower) ? (lower as TestStatus) : null;
}

/** When the test ran: the end of its `execute` timing, else of any timing step. */
function runAtOf(result: DbtRunResult): string | null {
  const timing = result.timing ?? [];
  const execute = timing.find((t) => t.name === 'execute')?.completed_at;
  return execute ?? timing.at(-1)?.completed_at ?? null;
}

/** `"Order ID"` → `Order ID`: generic tests may quote the column they check. */
function unquote(name: string): string {
  return name.replace(/^["`[](.*)["`\]]$/, '$1');
}

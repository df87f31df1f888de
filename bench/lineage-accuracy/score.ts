// Exact set match per case, as issue 5 asks: table level passes when both the source set and the target set
// equal the expectation; column level passes when the set of from→to pairs equals it. Identifiers are
// compared case-insensitively because every source suite treats them so (sqllineage lower-cases all names).
import { type CasePair, hasColumnExpectation, hasTableExpectation, type LineageCase } from './cases.js';
import type { EngineResult } from './engine.js';

/** Outcome of one case; a level is `undefined` when the case does not assert it. */
export interface CaseOutcome {
  id: string;
  source: string;
  dialect: string;
  contested?: string;
  table?: boolean;
  /** Column pairs compared against the engine's `direct` edges (the suites list value flow only). */
  column?: boolean;
  /** The same comparison against edges of every kind, printed for information. */
  columnAnyKind?: boolean;
  /** The engine reported an error-severity diagnostic (a pass then may only mean "nothing was expected"). */
  hadError?: boolean;
}

/** What the failures file records for the engine author. */
export interface FailureRecord {
  id: string;
  dialect: string;
  failed: string[];
  sql: string;
  default_database?: string;
  default_schema?: string;
  expected: LineageCase['expected'];
  actual: EngineResult | null;
  diff: Record<string, { missing: string[]; unexpected: string[] }>;
}

const normalise = (name: string | null): string => (name ?? '').trim().toLowerCase();

function pairKey(p: CasePair): string {
  return `${normalise(p.from.table)}.${normalise(p.from.column)} -> ${normalise(p.to.table)}.${normalise(p.to.column)}`;
}

function diffSets(
  expected: Iterable<string>,
  actual: Iterable<string>,
): { missing: string[]; unexpected: string[] } {
  const e = new Set(expected);
  const a = new Set(actual);
  return {
    missing: [...e].filter((x) => !a.has(x)).sort(),
    unexpected: [...a].filter((x) => !e.has(x)).sort(),
  };
}

const isEmptyDiff = (d: { missing: string[]; unexpected: string[] }): boolean =>
  d.missing.length === 0 && d.unexpected.length === 0;

/** Scores one case against the engine's answer (`null` when the engine gave no line for it). */
export function scoreCase(
  c: LineageCase,
  actual: EngineResult | null,
): { outcome: CaseOutcome; failure?: FailureRecord } {
  const outcome: CaseOutcome = {
    id: c.id,
    source: c.source,
    dialect: c.dialect,
    ...(c.contested !== undefined && { contested: c.contested }),
    ...(hasErrorDiagnostic(actual) && { hadError: true }),
  };
  const diff: FailureRecord['diff'] = {};
  const failed: string[] = [];
  if (hasTableExpectation(c)) {
    diff.sources = diffSets(
      (c.expected.sources ?? []).map(normalise),
      (actual?.sources ?? []).map(normalise),
    );
    diff.targets = diffSets(
      (c.expected.targets ?? []).map(normalise),
      (actual?.targets ?? []).map(normalise),
    );
    outcome.table = actual !== null && isEmptyDiff(diff.sources) && isEmptyDiff(diff.targets);
    if (!outcome.table) failed.push('table');
  }
  if (hasColumnExpectation(c)) {
    const expected = (c.expected.columns ?? []).map(pairKey);
    const edges = actual?.columns ?? [];
    diff.columns = diffSets(expected, edges.filter((e) => (e.kind ?? 'direct') === 'direct').map(pairKey));
    outcome.column = actual !== null && isEmptyDiff(diff.columns);
    outcome.columnAnyKind = actual !== null && isEmptyDiff(diffSets(expected, edges.map(pairKey)));
    if (!outcome.column) failed.push('column');
  }
  if (failed.length === 0) return { outcome };
  const failure: FailureRecord = {
    id: c.id,
    dialect: c.dialect,
    failed,
    sql: c.sql,
    ...(c.default_database !== undefined && { default_database: c.default_database }),
    ...(c.default_schema !== undefined && { default_schema: c.default_schema }),
    expected: c.expected,
    actual,
    diff: Object.fromEntries(Object.entries(diff).filter(([, d]) => !isEmptyDiff(d))),
  };
  return { outcome, failure };
}

function hasErrorDiagnostic(actual: EngineResult | null): boolean {
  return (actual?.errors ?? []).some((e) => (e as { severity?: string })?.severity !== 'warning');
}

/** Counts for one group of cases (a source, a dialect, or everything). */
export interface Tally {
  cases: number;
  tableCases: number;
  tablePass: number;
  columnCases: number;
  columnPass: number;
  columnAnyKindPass: number;
}

/** Adds up outcomes per key (e.g. by source) plus an `overall` entry. */
export function tally(outcomes: CaseOutcome[], keyOf: (o: CaseOutcome) => string): Map<string, Tally> {
  const groups = new Map<string, Tally>();
  const bump = (key: string, o: CaseOutcome): void => {
    const t = groups.get(key) ?? {
      cases: 0,
      tableCases: 0,
      tablePass: 0,
      columnCases: 0,
      columnPass: 0,
      columnAnyKindPass: 0,
    };
    t.cases += 1;
    if (o.table !== undefined) {
      t.tableCases += 1;
      if (o.table) t.tablePass += 1;
    }
    if (o.column !== undefined) {
      t.columnCases += 1;
      if (o.column) t.columnPass += 1;
      if (o.columnAnyKind) t.columnAnyKindPass += 1;
    }
    groups.set(key, t);
  };
  for (const o of outcomes) {
    bump(keyOf(o), o);
  }
  const sorted = new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
  for (const o of outcomes) {
    bump('overall', o);
  }
  sorted.set('overall', groups.get('overall')!);
  return sorted;
}

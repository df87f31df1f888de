// Loads the accuracy corpus (cases/*.jsonl) and checks every line against the case format, so a bad
// conversion fails loudly with file, line and field instead of skewing the score.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A column of a table; `table` is `null` for the unnamed result of a plain SELECT or an unresolved source. */
export interface CaseColumn {
  table: string | null;
  column: string;
}

/** One column-level expectation: the value of `from` flows into `to`. */
export interface CasePair {
  from: CaseColumn;
  to: CaseColumn;
}

/**
 * What the source suite asserts. `sources`/`targets` are present together when the suite asserts
 * table-level lineage; `columns` is present when it asserts column-level lineage.
 */
export interface CaseExpectation {
  sources?: string[];
  targets?: string[];
  columns?: CasePair[];
}

/** One corpus case, as stored in `cases/<source>.jsonl`. */
export interface LineageCase {
  id: string;
  source: string;
  dialect: string;
  sql: string;
  default_database?: string;
  default_schema?: string;
  schema?: Record<string, string[]>;
  expected: CaseExpectation;
  /** Set when another suite asserts the opposite for the same construct (README: contested cases). */
  contested?: string;
}

/** Reads every `*.jsonl` file of `dir` (sorted by name), optionally keeping only the named sources. */
export function loadCases(dir: string, onlySources?: ReadonlySet<string>): LineageCase[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  const cases: LineageCase[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${file}:${index + 1}`;
      const c = parseCase(line, where);
      const earlier = seen.get(c.id);
      if (earlier) throw new Error(`${where}: duplicate case id "${c.id}" (first at ${earlier})`);
      seen.set(c.id, where);
      if (!onlySources || onlySources.has(c.source)) cases.push(c);
    });
  }
  return cases;
}

function parseCase(line: string, where: string): LineageCase {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`${where}: not JSON (${(error as Error).message})`);
  }
  const c = value as LineageCase;
  for (const field of ['id', 'source', 'dialect', 'sql'] as const) {
    if (typeof c[field] !== 'string' || c[field] === '')
      throw new Error(`${where}: "${field}" must be a string`);
  }
  const e = c.expected;
  if (typeof e !== 'object' || e === null) throw new Error(`${where}: "expected" must be an object`);
  const hasTables = e.sources !== undefined || e.targets !== undefined;
  if (hasTables && !(isStringArray(e.sources) && isStringArray(e.targets))) {
    throw new Error(`${where}: "expected.sources" and "expected.targets" must both be string arrays`);
  }
  if (e.columns !== undefined) checkPairs(e.columns, `${where}: "expected.columns"`);
  if (!hasTables && e.columns === undefined) throw new Error(`${where}: "expected" asserts nothing`);
  return c;
}

function checkPairs(pairs: unknown, where: string): void {
  if (!Array.isArray(pairs)) throw new Error(`${where} must be an array`);
  pairs.forEach((p: CasePair, i) => {
    for (const end of ['from', 'to'] as const) {
      const col = p?.[end];
      const tableOk = col && (col.table === null || typeof col.table === 'string');
      if (!tableOk || typeof col.column !== 'string') {
        throw new Error(`${where}[${i}].${end} must be {"table": string|null, "column": string}`);
      }
    }
  });
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Whether the case asserts table-level lineage (sources and targets). */
export function hasTableExpectation(c: LineageCase): boolean {
  return c.expected.sources !== undefined;
}

/** Whether the case asserts column-level lineage. */
export function hasColumnExpectation(c: LineageCase): boolean {
  return c.expected.columns !== undefined;
}

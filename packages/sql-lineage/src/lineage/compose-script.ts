import type { ColumnEdge } from '../model.js';
import type { StatementOutcome } from './statement-outcome.js';

type Kind = ColumnEdge['kind'];

/** Script-level lineage: tables and column edges with transient tables followed through. */
export interface ComposedScript {
  sources: string[];
  targets: string[];
  intermediates: string[];
  columns: ColumnEdge[];
}

const SEP = '\u0000';
const KIND_SEP = '\u0001';

/**
 * Composes statements in order. A table written by one statement and read by a later one is an intermediate.
 * Column edges keep every hop (source → staging, staging → target), since a persistent intermediate is an
 * asset of its own, except through *transient* tables (temporary tables, `#temp`, tables the script creates
 * and drops): those are followed through, so a read of their columns is replaced by what was written into them
 * (`direct` only if every hop is direct), and they disappear from the result.
 */
export function composeScript(outcomes: StatementOutcome[]): ComposedScript {
  const { transient, dropped } = findTransientTables(outcomes);
  const written = new Set<string>();
  const read = new Set<string>();
  const intermediates = new Set<string>();
  const upstream = new Map<string, Map<string, Kind>>();
  const columns: ColumnEdge[] = [];
  for (const outcome of outcomes) {
    for (const key of outcome.sources.keys()) (written.has(key) ? intermediates : read).add(key);
    const incoming = followThrough(outcome.edges, transient, upstream);
    for (const key of outcome.targets.keys()) {
      if (outcome.replacesTarget) clearTable(upstream, key);
      written.add(key);
    }
    for (const [to, froms] of incoming) {
      const target = splitKey(to);
      if (target.table !== null && transient.has(target.table)) mergeInto(upstream, to, froms);
      else
        for (const [entry, kind] of froms)
          columns.push({ from: splitKey(entry.slice(0, entry.indexOf(KIND_SEP))), to: target, kind });
    }
  }
  return {
    sources: [...read].sort(),
    targets: [...written].filter((t) => !intermediates.has(t) && !transient.has(t)).sort(),
    intermediates: [...intermediates].filter((t) => !dropped.has(t)).sort(),
    columns,
  };
}

/**
 * Temporary targets, and tables the script writes and later drops (a DROP before the write does not count).
 * Dropped ones are also left out of the intermediates; temporary ones that survive the script are listed there.
 */
function findTransientTables(outcomes: StatementOutcome[]): { transient: Set<string>; dropped: Set<string> } {
  const transient = new Set<string>();
  const dropped = new Set<string>();
  const written = new Set<string>();
  for (const outcome of outcomes) {
    for (const key of outcome.dropped) {
      if (!written.has(key)) continue;
      transient.add(key);
      dropped.add(key);
    }
    for (const key of outcome.targets.keys()) {
      written.add(key);
      if (outcome.isTemporary || key.startsWith('#')) transient.add(key);
    }
  }
  return { transient, dropped };
}

/** Groups a statement's edges by target column, replacing reads of transient tables' columns by their lineage. */
function followThrough(
  edges: ColumnEdge[],
  transient: Set<string>,
  upstream: Map<string, Map<string, Kind>>,
): Map<string, Map<string, Kind>> {
  const incoming = new Map<string, Map<string, Kind>>();
  for (const edge of edges) {
    const to = `${edge.to.table ?? ''}${SEP}${edge.to.column}`;
    const froms = incoming.get(to) ?? new Map<string, Kind>();
    incoming.set(to, froms);
    const table = edge.from.table ?? '';
    const earlier = transient.has(table) ? lineageOf(upstream, table, edge.from.column) : [];
    if (earlier.length === 0) addKind(froms, `${table}${SEP}${edge.from.column}`, edge.kind);
    for (const [entry, kind] of earlier) {
      addKind(froms, entry.slice(0, entry.indexOf(KIND_SEP)), kind === 'direct' ? edge.kind : 'indirect');
    }
  }
  return incoming;
}

function lineageOf(
  upstream: Map<string, Map<string, Kind>>,
  table: string,
  column: string,
): [string, Kind][] {
  if (column !== '*') return [...(upstream.get(`${table}${SEP}${column}`) ?? [])];
  const all: [string, Kind][] = [];
  for (const [to, froms] of upstream) if (to.startsWith(`${table}${SEP}`)) all.push(...froms);
  return all;
}

/** An edge keeps its kind in the key: a column may both flow into and filter the same target column. */
function addKind(froms: Map<string, Kind>, from: string, kind: Kind): void {
  froms.set(`${from}${KIND_SEP}${kind}`, kind);
}

function mergeInto(upstream: Map<string, Map<string, Kind>>, to: string, froms: Map<string, Kind>): void {
  const existing = upstream.get(to);
  if (!existing) upstream.set(to, new Map(froms));
  else for (const [entry, kind] of froms) existing.set(entry, kind);
}

function clearTable(upstream: Map<string, Map<string, Kind>>, table: string): void {
  for (const to of upstream.keys()) if (to.startsWith(`${table}${SEP}`)) upstream.delete(to);
}

function splitKey(key: string): { table: string | null; column: string } {
  const at = key.indexOf(SEP);
  const table = key.slice(0, at);
  return { table: table === '' ? null : table, column: key.slice(at + 1) };
}

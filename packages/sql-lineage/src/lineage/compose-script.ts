import type { ColumnEdge, ColumnRef } from '../model.js';
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
 * A *persistent* intermediate is an asset of its own: it stays a target and is a source of what reads it, and
 * column edges keep every hop (source → staging, staging → target). *Transient* tables (temporary tables,
 * `#temp`, tables the script creates and then drops or renames) are followed through instead: a read of their
 * columns is replaced by what was written into them (`direct` only if every hop is direct), a read of the
 * table by the tables that filled it, and they disappear from the result. A transient table nothing reads
 * leaves nothing behind: its own sources reach no output, so they are not the script's sources either.
 */
export function composeScript(outcomes: StatementOutcome[]): ComposedScript {
  const { transient, dropped } = findTransientTables(outcomes);
  const state: ScriptState = {
    transient,
    written: new Set(),
    read: new Set(),
    intermediates: new Set(),
    upstream: new Map(),
    filledFrom: new Map(),
    columns: [],
  };
  for (const outcome of outcomes) {
    if (outcome.renames.length > 0) for (const rename of outcome.renames) moveTable(state, rename);
    else addStatement(state, outcome);
  }
  return {
    sources: [...state.read].sort(),
    targets: [...state.written].filter((t) => !transient.has(t)).sort(),
    intermediates: [...state.intermediates].filter((t) => !dropped.has(t)).sort(),
    columns: state.columns,
  };
}

interface ScriptState {
  transient: Set<string>;
  written: Set<string>;
  read: Set<string>;
  intermediates: Set<string>;
  /** Column lineage of transient tables' columns (`table SEP column` → from entries with their kind). */
  upstream: Map<string, Map<string, Kind>>;
  /** The tables each transient table was filled from (transient ones already followed through). */
  filledFrom: Map<string, Set<string>>;
  columns: ColumnEdge[];
}

function addStatement(state: ScriptState, outcome: StatementOutcome): void {
  const { transient, written, upstream } = state;
  const reads = new Set<string>();
  for (const key of outcome.sources.keys()) {
    if (written.has(key)) state.intermediates.add(key);
    if (transient.has(key) && written.has(key)) for (const t of state.filledFrom.get(key) ?? []) reads.add(t);
    else reads.add(key);
  }
  const incoming = followThrough(outcome.edges, transient, upstream);
  let reachesOutput = outcome.targets.size === 0;
  for (const key of outcome.targets.keys()) {
    if (outcome.replacesTarget) {
      clearTable(upstream, key);
      state.filledFrom.delete(key);
    }
    written.add(key);
    if (!transient.has(key)) reachesOutput = true;
    else for (const t of reads) addTo(state.filledFrom, key, t);
  }
  if (reachesOutput) for (const t of reads) state.read.add(t);
  for (const [to, froms] of incoming) {
    const target = splitKey(to);
    if (target.table !== null && transient.has(target.table)) mergeInto(upstream, to, froms);
    else addEdges(state.columns, froms, target);
  }
}

/** A rename of a table the script wrote: its lineage moves to the new name (a rename of any other table is metadata). */
function moveTable(state: ScriptState, rename: { from: string; to: string }): void {
  if (!state.written.has(rename.from)) return;
  const { upstream, transient } = state;
  const prefix = `${rename.from}${SEP}`;
  for (const [key, froms] of [...upstream]) {
    if (!key.startsWith(prefix)) continue;
    const to = `${rename.to}${SEP}${key.slice(prefix.length)}`;
    if (transient.has(rename.to)) mergeInto(upstream, to, froms);
    else addEdges(state.columns, froms, splitKey(to));
  }
  const filled = state.filledFrom.get(rename.from) ?? new Set<string>();
  if (transient.has(rename.to)) state.filledFrom.set(rename.to, new Set(filled));
  else for (const t of filled) state.read.add(t);
  state.written.add(rename.to);
}

function addEdges(columns: ColumnEdge[], froms: Map<string, Kind>, to: ColumnRef): void {
  for (const [entry, kind] of froms)
    columns.push({ from: splitKey(entry.slice(0, entry.indexOf(KIND_SEP))), to, kind });
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/**
 * Temporary targets, and tables the script writes and later drops or renames (a DROP before the write does
 * not count). Dropped and renamed ones are also left out of the intermediates; temporary ones that survive
 * the script are listed there. A temporary table keeps being temporary under a new name.
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
    for (const { from, to } of outcome.renames) {
      if (!written.has(from)) continue;
      if (transient.has(from)) transient.add(to);
      transient.add(from);
      dropped.add(from);
      written.add(to);
    }
    if (outcome.renames.length > 0) continue;
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

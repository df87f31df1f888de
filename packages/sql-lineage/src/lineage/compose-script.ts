import type { ColumnEdge, TableName } from '../model.js';
import type { StatementOutcome } from './statement-outcome.js';

type Kind = ColumnEdge['kind'];

/** Script-level lineage: tables and column edges with intermediate tables followed through. */
export interface ComposedScript {
  sources: string[];
  targets: string[];
  intermediates: string[];
  columns: ColumnEdge[];
}

const SEP = '\u0000';
const KIND_SEP = '\u0001';

/**
 * Composes statements in order. A table written by one statement and read by a later one is an intermediate:
 * later reads of its columns are replaced by what was written into them (`direct` only if every hop is
 * direct). A table written in the script and then dropped disappears from the result; a DROP of a table the
 * script did not write is ignored (it says nothing about where data came from).
 */
export function composeScript(outcomes: StatementOutcome[]): ComposedScript {
  const written = new Set<string>();
  const read = new Set<string>();
  const intermediates = new Set<string>();
  const dropped = new Set<string>();
  const upstream = new Map<string, Map<string, Kind>>();
  const results: [string, Map<string, Kind>][] = [];
  for (const outcome of outcomes) {
    for (const key of outcome.sources.keys()) (written.has(key) ? intermediates : read).add(key);
    const incoming = followThrough(outcome.edges, written, upstream);
    for (const key of outcome.targets.keys()) {
      if (outcome.replacesTarget) clearTable(upstream, key);
      written.add(key);
      dropped.delete(key);
    }
    for (const [to, froms] of incoming) {
      if (to.startsWith(SEP)) results.push([to, froms]);
      else mergeInto(upstream, to, froms);
    }
    for (const key of outcome.dropped) if (written.has(key)) dropped.add(key);
  }
  const hidden = (table: string) => intermediates.has(table) || dropped.has(table);
  const columns: ColumnEdge[] = [];
  for (const [to, froms] of [...upstream, ...results]) {
    const target = splitKey(to);
    if (target.table !== null && hidden(target.table)) continue;
    for (const [entry, kind] of froms) {
      const source = splitKey(entry.slice(0, entry.indexOf(KIND_SEP)));
      if (source.table !== null && dropped.has(source.table)) continue;
      columns.push({ from: source, to: target, kind });
    }
  }
  return {
    sources: [...read].filter((t) => !dropped.has(t)).sort(),
    targets: [...written].filter((t) => !hidden(t)).sort(),
    intermediates: [...intermediates].filter((t) => !dropped.has(t)).sort(),
    columns,
  };
}

/** Groups a statement's edges by target column, replacing reads of earlier-written columns by their lineage. */
function followThrough(
  edges: ColumnEdge[],
  written: Set<string>,
  upstream: Map<string, Map<string, Kind>>,
): Map<string, Map<string, Kind>> {
  const incoming = new Map<string, Map<string, Kind>>();
  for (const edge of edges) {
    const to = `${edge.to.table ?? ''}${SEP}${edge.to.column}`;
    const froms = incoming.get(to) ?? new Map<string, Kind>();
    incoming.set(to, froms);
    const table = edge.from.table ?? '';
    const earlier = written.has(table) ? lineageOf(upstream, table, edge.from.column) : [];
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

export type { TableName };

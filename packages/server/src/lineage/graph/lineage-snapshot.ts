import type { IndexedEdgeRow } from '../../store/lineage-graph/index.js';

// Per-slot edge flags: which kinds of edges a (rolled-up) edge stands for, and whether any is manual.
const DIRECT = 1;
const RESOURCE_LEVEL = 2;
const INDIRECT = 4;
const MANUAL = 8;

/** Adjacency in compressed sparse rows: the neighbours of node n are `targets[offsets[n] .. offsets[n + 1])`. */
interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  flags: Uint8Array;
}

/**
 * An immutable in-memory copy of one workspace's live lineage at one version: every edge end (and the table each
 * column rolls up to) numbered densely, with out- and in-adjacency for raw edges (column level) and for edges
 * rolled up to table-level nodes (table level). Built from {@link IndexedEdgeRow} pages.
 */
export class LineageSnapshot {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private owners: Int32Array = new Int32Array(0);
  private raw!: { downstream: Adjacency; upstream: Adjacency };
  private rolled!: { downstream: Adjacency; upstream: Adjacency };
  private readonly pending: { from: number[]; to: number[]; flags: number[]; owner: Map<number, number> } = {
    from: [],
    to: [],
    flags: [],
    owner: new Map(),
  };

  constructor(readonly version: number) {}

  /** Adds a page of edges (before {@link seal}). */
  add(rows: readonly IndexedEdgeRow[]): void {
    for (const row of rows) {
      const from = this.number(row.from_id);
      const to = this.number(row.to_id);
      this.pending.owner.set(from, this.number(row.from_owner));
      this.pending.owner.set(to, this.number(row.to_owner));
      this.pending.from.push(from);
      this.pending.to.push(to);
      this.pending.flags.push(flagsOf(row));
    }
  }

  /** Builds the adjacency arrays; the snapshot is read-only afterwards. */
  seal(): this {
    const n = this.ids.length;
    this.owners = Int32Array.from({ length: n }, (_, i) => this.pending.owner.get(i) ?? i);
    const { from, to, flags } = this.pending;
    this.raw = {
      downstream: buildAdjacency(n, from, to, flags),
      upstream: buildAdjacency(n, to, from, flags),
    };
    const merged = new Map<number, number>();
    for (let e = 0; e < from.length; e++) {
      const a = this.owners[from[e]!]!;
      const b = this.owners[to[e]!]!;
      if (a === b) continue;
      const key = a * n + b;
      merged.set(key, (merged.get(key) ?? 0) | flags[e]!);
    }
    const rolledFrom: number[] = [];
    const rolledTo: number[] = [];
    const rolledFlags: number[] = [];
    for (const [key, value] of merged) {
      rolledFrom.push(Math.floor(key / n));
      rolledTo.push(key % n);
      rolledFlags.push(value);
    }
    this.rolled = {
      downstream: buildAdjacency(n, rolledFrom, rolledTo, rolledFlags),
      upstream: buildAdjacency(n, rolledTo, rolledFrom, rolledFlags),
    };
    this.pending.from = [];
    this.pending.to = [];
    this.pending.flags = [];
    this.pending.owner.clear();
    return this;
  }

  /** Number of edges (raw). */
  get edgeCount(): number {
    return this.raw.downstream.targets.length;
  }

  nodeOf(id: string): number | undefined {
    return this.index.get(id);
  }

  idOf(node: number): string {
    return this.ids[node]!;
  }

  /**
   * Neighbour nodes of a node. Table level: a table-level node's rolled-up neighbours; a column asked at table
   * level (a column root) reaches the tables of its own edges' far ends.
   */
  neighbours(node: number, direction: 'upstream' | 'downstream', level: 'table' | 'column'): number[] {
    if (level === 'column') return slice(this.raw[direction], node);
    if (this.owners[node] === node) return slice(this.rolled[direction], node);
    const own = this.owners[node]!;
    return [...new Set(slice(this.raw[direction], node).map((far) => this.owners[far]!))].filter(
      (o) => o !== own,
    );
  }

  /**
   * Calls `visit` once per distinct neighbour with the merged flags of the edges to it (decode them with
   * {@link edgeOfFlags}); the allocation-free form of {@link neighbours} for large answers.
   */
  forEachNeighbour(
    node: number,
    direction: 'upstream' | 'downstream',
    level: 'table' | 'column',
    visit: (neighbour: number, flags: number) => void,
  ): void {
    const derived = level === 'table' && this.owners[node] !== node;
    const { offsets, targets, flags } = (derived || level === 'column' ? this.raw : this.rolled)[direction];
    if (!derived) {
      for (let slot = offsets[node]!; slot < offsets[node + 1]!; slot++) visit(targets[slot]!, flags[slot]!);
      return;
    }
    // A column asked at table level: its own edges, rolled up to the far ends' tables.
    const merged = new Map<number, number>();
    for (let slot = offsets[node]!; slot < offsets[node + 1]!; slot++) {
      const owner = this.owners[targets[slot]!]!;
      if (owner !== this.owners[node]) merged.set(owner, (merged.get(owner) ?? 0) | flags[slot]!);
    }
    for (const [neighbour, value] of merged) visit(neighbour, value);
  }

  /** The flags-derived kind and manual mark of the edge `from → to` at a level, if there is one. */
  edge(
    from: number,
    to: number,
    level: 'table' | 'column',
  ): { kind: 'direct' | 'indirect' | null; is_manual: boolean } | undefined {
    let flags = 0;
    const adjacency =
      level === 'column' || this.owners[from] !== from ? this.raw.downstream : this.rolled.downstream;
    const { offsets, targets } = adjacency;
    for (let slot = offsets[from]!; slot < offsets[from + 1]!; slot++) {
      const target =
        adjacency === this.raw.downstream && level === 'table'
          ? this.owners[targets[slot]!]!
          : targets[slot]!;
      if (target === to) flags |= adjacency.flags[slot]!;
    }
    return flags === 0 ? undefined : edgeOfFlags(flags);
  }

  private number(id: string): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.index.set(id, n);
      this.ids.push(id);
    }
    return n;
  }
}

/** Kind and manual mark of an edge from its merged flags (direct wins, then resource-level, then indirect). */
export function edgeOfFlags(flags: number): { kind: 'direct' | 'indirect' | null; is_manual: boolean } {
  const kind = flags & DIRECT ? 'direct' : flags & RESOURCE_LEVEL ? null : 'indirect';
  return { kind, is_manual: (flags & MANUAL) !== 0 };
}

function flagsOf(row: IndexedEdgeRow): number {
  const kind = row.kind === 'direct' ? DIRECT : row.kind === 'indirect' ? INDIRECT : RESOURCE_LEVEL;
  return kind | (Number(row.is_manual) === 1 ? MANUAL : 0);
}

function buildAdjacency(
  n: number,
  from: readonly number[],
  to: readonly number[],
  flags: readonly number[],
): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (const f of from) offsets[f + 1] = offsets[f + 1]! + 1;
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i + 1]! + offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(from.length);
  const slotFlags = new Uint8Array(from.length);
  for (let e = 0; e < from.length; e++) {
    const slot = fill[from[e]!]!;
    fill[from[e]!] = slot + 1;
    targets[slot] = to[e]!;
    slotFlags[slot] = flags[e]!;
  }
  return { offsets, targets, flags: slotFlags };
}

function slice(adjacency: Adjacency, node: number): number[] {
  return Array.from(adjacency.targets.subarray(adjacency.offsets[node]!, adjacency.offsets[node + 1]!));
}

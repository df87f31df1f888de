import type { WalkDirection } from '../../store/lineage-graph/index.js';
import { edgeOfFlags, type LineageSnapshot } from './lineage-snapshot.js';
import type { GraphDescription, GraphLevel, GraphWalker, WalkedEdge } from './lineage-walker.js';

const NONE: ReadonlySet<string> = new Set();

/**
 * The same walk as {@link LineageWalker} over an in-memory snapshot: breadth-first over dense node numbers, the
 * visited map as cycle protection. Resources without live edges are not in the snapshot and have no neighbours.
 */
export class IndexedWalker implements GraphWalker {
  constructor(
    private readonly snapshot: LineageSnapshot,
    readonly level: GraphLevel,
  ) {}

  async walk(
    roots: readonly string[],
    options: { direction: WalkDirection; depth: number; limit: number },
  ): Promise<{ distances: Map<string, number>; truncated: boolean }> {
    const distances = new Map(roots.map((id) => [id, 0]));
    const seen = new Set<number>();
    let frontier: number[] = [];
    for (const id of roots) {
      const node = this.snapshot.nodeOf(id);
      if (node !== undefined && !seen.has(node)) {
        seen.add(node);
        frontier.push(node);
      }
    }
    let truncated = false;
    for (let distance = 1; distance <= options.depth && frontier.length > 0 && !truncated; distance++) {
      const next: number[] = [];
      for (const node of frontier) {
        for (const neighbour of this.snapshot.neighbours(node, options.direction, this.level)) {
          if (seen.has(neighbour)) continue;
          if (distances.size >= options.limit) {
            truncated = true;
            break;
          }
          seen.add(neighbour);
          distances.set(this.snapshot.idOf(neighbour), distance);
          next.push(neighbour);
        }
      }
      frontier = next;
    }
    return { distances, truncated };
  }

  /** Everything is in memory already. */
  async expand(): Promise<void> {}

  neighboursOf(id: string, direction: WalkDirection): ReadonlySet<string> {
    const node = this.snapshot.nodeOf(id);
    if (node === undefined) return NONE;
    return new Set(this.snapshot.neighbours(node, direction, this.level).map((n) => this.snapshot.idOf(n)));
  }

  async describe(inside: ReadonlyMap<string, unknown>): Promise<GraphDescription> {
    const { snapshot, level } = this;
    const edges: WalkedEdge[] = [];
    const hidden = new Map<string, { upstream: number; downstream: number }>();
    const insideNodes = new Set<number>();
    for (const id of inside.keys()) {
      const node = snapshot.nodeOf(id);
      if (node !== undefined) insideNodes.add(node);
      hidden.set(id, { upstream: 0, downstream: 0 });
    }
    for (const node of insideNodes) {
      const id = snapshot.idOf(node);
      const counts = hidden.get(id)!;
      snapshot.forEachNeighbour(node, 'upstream', level, (neighbour) => {
        if (!insideNodes.has(neighbour)) counts.upstream++;
      });
      snapshot.forEachNeighbour(node, 'downstream', level, (neighbour, flags) => {
        if (!insideNodes.has(neighbour)) counts.downstream++;
        else edges.push({ from: id, to: snapshot.idOf(neighbour), ...edgeOfFlags(flags) });
      });
    }
    return { edges, hidden };
  }

  edgeBetween(from: string, to: string): WalkedEdge | undefined {
    const a = this.snapshot.nodeOf(from);
    const b = this.snapshot.nodeOf(to);
    if (a === undefined || b === undefined) return undefined;
    const edge = this.snapshot.edge(a, b, this.level);
    return edge && { from, to, ...edge };
  }
}

import type { LineageGraph, LineageGraphNode } from '../api/types';

/** A server node with its column: negative upstream of the page's root, positive downstream. */
export interface LayeredNode extends LineageGraphNode {
  layer: number;
}

/** A node as drawn: the server's node plus what is still hidden around it in the merged graph. */
export interface ModelNode extends LayeredNode {
  hiddenUpstream: number;
  hiddenDownstream: number;
}

export interface ModelEdge {
  id: string;
  from: string;
  to: string;
  kind: string | null;
  isManual: boolean;
}

/** The graph on screen: the first answer plus every expansion, merged. */
export interface GraphModel {
  rootId: string;
  nodes: Map<string, LayeredNode>;
  edges: Map<string, ModelEdge>;
  /** For each node, the node ids of the answer its hidden counts were computed against. */
  countedAgainst: Map<string, Set<string>>;
  truncated: boolean;
}

const edgeId = (from: string, to: string) => `${from}->${to}`;

/** A model holding one graph answer. */
export function createGraphModel(graph: LineageGraph): GraphModel {
  const empty: GraphModel = {
    rootId: graph.root,
    nodes: new Map(),
    edges: new Map(),
    countedAgainst: new Map(),
    truncated: false,
  };
  return mergeGraph(empty, graph);
}

/**
 * Adds an answer (an expansion around one node) to the model. A node's hidden counts are taken from the newest
 * answer that contains it, because that answer saw the most of its neighbourhood. New nodes of an expansion are
 * drawn on the side (upstream/downstream of the page's root) of the node that was expanded.
 */
export function mergeGraph(model: GraphModel, graph: LineageGraph): GraphModel {
  const expandedSide = model.nodes.get(graph.root)?.side;
  const expandedLayer = model.nodes.get(graph.root)?.layer ?? 0;
  const nodes = new Map(model.nodes);
  const edges = new Map(model.edges);
  const countedAgainst = new Map(model.countedAgainst);
  const answerIds = new Set(graph.nodes.map((node) => node.id));
  for (const node of graph.nodes) {
    // Keep the side, distance and column relative to the page's root, not to the expanded node.
    const known = nodes.get(node.id);
    if (known) {
      nodes.set(node.id, { ...node, side: known.side, distance: known.distance, layer: known.layer });
    } else {
      const side = expandedSide && expandedSide !== 'root' ? expandedSide : node.side;
      nodes.set(node.id, { ...node, side, layer: expandedLayer + signedDistance(node) });
    }
    countedAgainst.set(node.id, answerIds);
  }
  for (const edge of graph.edges) {
    edges.set(edgeId(edge.from, edge.to), {
      id: edgeId(edge.from, edge.to),
      from: edge.from,
      to: edge.to,
      kind: edge.kind,
      isManual: edge.is_manual,
    });
  }
  return { ...model, nodes, edges, countedAgainst, truncated: model.truncated || graph.truncated };
}

/**
 * The nodes with their hidden-neighbour counts made current: a neighbour that the counting answer did not hold
 * but the merged graph now shows is no longer hidden.
 */
export function visibleNodes(model: GraphModel): ModelNode[] {
  const shownUpstream = new Map<string, string[]>();
  const shownDownstream = new Map<string, string[]>();
  for (const edge of model.edges.values()) {
    push(shownUpstream, edge.to, edge.from);
    push(shownDownstream, edge.from, edge.to);
  }
  return [...model.nodes.values()].map((node) => {
    const counted = model.countedAgainst.get(node.id) ?? new Set<string>();
    const extraUp = (shownUpstream.get(node.id) ?? []).filter((id) => !counted.has(id)).length;
    const extraDown = (shownDownstream.get(node.id) ?? []).filter((id) => !counted.has(id)).length;
    return {
      ...node,
      hiddenUpstream: Math.max(0, node.hidden_upstream - extraUp),
      hiddenDownstream: Math.max(0, node.hidden_downstream - extraDown),
    };
  });
}

function signedDistance(node: LineageGraphNode): number {
  return node.side === 'upstream' ? -node.distance : node.side === 'downstream' ? node.distance : 0;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

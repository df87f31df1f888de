import { describe, expect, test } from 'vitest';
import type { LineageGraph, LineageGraphNode } from '../src/api/types';
import { createGraphModel, mergeGraph, visibleNodes } from '../src/lineage/graph-model';

function node(
  id: string,
  side: LineageGraphNode['side'],
  hidden: [number, number] = [0, 0],
): LineageGraphNode {
  return {
    id,
    title: id,
    title_full: `db.s.${id}`,
    entity_type: 'table',
    native_type: null,
    parent_id: null,
    schema_name: 's',
    database_name: 'db',
    integration_id: null,
    integration_title: null,
    integration_type: null,
    distance: 0,
    side,
    hidden_upstream: hidden[0],
    hidden_downstream: hidden[1],
  };
}

const edge = (from: string, to: string) => ({ from, to, kind: null, is_manual: false });

// The page's graph: a → root → b, and b has two more downstream neighbours (c, d) not drawn yet.
const first: LineageGraph = {
  root: 'root',
  level: 'table',
  truncated: false,
  nodes: [node('root', 'root'), node('a', 'upstream'), node('b', 'downstream', [0, 2])],
  edges: [edge('a', 'root'), edge('root', 'b')],
};

describe('lineage graph model', () => {
  test('hidden counts come from the server answer', () => {
    const counts = visibleNodes(createGraphModel(first)).map((n) => [
      n.id,
      n.hiddenUpstream,
      n.hiddenDownstream,
    ]);
    expect(counts).toEqual([
      ['root', 0, 0],
      ['a', 0, 0],
      ['b', 0, 2],
    ]);
  });

  test('expanding a node adds its neighbours on its side and clears what is now drawn', () => {
    // The answer around b (depth 1): c and d, where d leads on to one more node.
    const aroundB: LineageGraph = {
      root: 'b',
      level: 'table',
      truncated: false,
      nodes: [
        node('b', 'root'),
        node('root', 'upstream', [1, 0]),
        node('c', 'downstream'),
        node('d', 'downstream', [0, 1]),
      ],
      edges: [edge('root', 'b'), edge('b', 'c'), edge('b', 'd')],
    };
    const model = mergeGraph(createGraphModel(first), aroundB);
    const byId = new Map(visibleNodes(model).map((n) => [n.id, n]));
    expect([...byId.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'root']);
    expect(model.edges.size).toBe(4);
    // root's upstream neighbour a was not in the answer around b, but it is drawn: not hidden.
    expect(byId.get('root')?.hiddenUpstream).toBe(0);
    // b: upstream is root (drawn); downstream c and d are now drawn.
    expect([byId.get('b')?.hiddenUpstream, byId.get('b')?.hiddenDownstream]).toEqual([0, 0]);
    expect(byId.get('d')?.hiddenDownstream).toBe(1);
    // New nodes take the side of the node that was expanded; known nodes keep theirs.
    expect(byId.get('c')?.side).toBe('downstream');
    expect(byId.get('root')?.side).toBe('root');
  });
});

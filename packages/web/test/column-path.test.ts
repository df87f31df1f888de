import { describe, expect, test } from 'vitest';
import type { LineageGraph, LineageGraphNode } from '../src/api/types';
import { columnPathOf } from '../src/lineage/column-path';

const node = (id: string, entityType: string, parentId: string | null): LineageGraphNode => ({
  id,
  title: id,
  title_full: id,
  entity_type: entityType,
  native_type: null,
  parent_id: parentId,
  schema_name: null,
  database_name: null,
  integration_id: null,
  integration_title: null,
  integration_type: null,
  distance: 0,
  side: 'root',
  hidden_upstream: 0,
  hidden_downstream: 0,
});
const edge = (from: string, to: string) => ({ from, to, kind: 'direct', is_manual: false });

describe('columnPathOf', () => {
  test('projects column nodes and edges onto their tables', () => {
    const graph: LineageGraph = {
      root: 'stg.amount',
      level: 'column',
      truncated: false,
      nodes: [
        node('raw.amount', 'column', 'raw'),
        node('stg.amount', 'column', 'stg'),
        node('stg.amount_x2', 'column', 'stg'),
        node('mart.total', 'column', 'mart'),
        node('dash', 'dashboard', 'group'),
      ],
      edges: [
        edge('raw.amount', 'stg.amount'),
        // Inside one table: no table edge.
        edge('stg.amount', 'stg.amount_x2'),
        edge('stg.amount_x2', 'mart.total'),
        // A table-level node on the path stands for itself, not its parent.
        edge('mart.total', 'dash'),
      ],
    };
    const path = columnPathOf('stg.amount', graph);
    expect(path.columnId).toBe('stg.amount');
    expect([...path.columnIds].sort()).toEqual(['mart.total', 'raw.amount', 'stg.amount', 'stg.amount_x2']);
    expect([...path.tableIds].sort()).toEqual(['dash', 'mart', 'raw', 'stg']);
    expect([...path.edgeIds].sort()).toEqual(['mart->dash', 'raw->stg', 'stg->mart']);
    expect(path.truncated).toBe(false);
  });

  test('a column without lineage is a path of itself', () => {
    const path = columnPathOf('c', {
      root: 'c',
      level: 'column',
      truncated: true,
      nodes: [node('c', 'column', 't')],
      edges: [],
    });
    expect([...path.columnIds]).toEqual(['c']);
    expect([...path.tableIds]).toEqual(['t']);
    expect(path.edgeIds.size).toBe(0);
    expect(path.truncated).toBe(true);
  });
});

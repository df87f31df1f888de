import { describe, expect, it } from 'vitest';
import { checkRecordSet } from './check-record-set.js';
import type { DeclaredLineage } from './lineage.js';
import type { Resource } from './resource.js';

const dashboard: Resource = { entity_type: 'dashboard', databuilder_id: 'd1' };
const chart: Resource = { entity_type: 'chart', databuilder_id: 'c1', parent_databuilder_id: 'd1' };

describe('checkRecordSet', () => {
  it('passes a consistent run', () => {
    const lineage: DeclaredLineage = {
      from_identifier: { type: 'external_table', table: 'orders' },
      to_identifier: { type: 'internal_resource', databuilder_id: 'c1' },
    };
    expect(checkRecordSet({ resources: [dashboard, chart], lineages: [lineage] })).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it('rejects a chart whose parent is not a dashboard', () => {
    const table: Resource = { entity_type: 'table', databuilder_id: 't1', schema: 's', database: 'd' };
    const { problems } = checkRecordSet({
      resources: [table, { ...chart, parent_databuilder_id: 't1' }],
      lineages: [],
    });
    expect(problems).toEqual([
      {
        record: 'resource',
        index: 2,
        databuilder_id: 'c1',
        field: 'parent_databuilder_id',
        message: `a chart's parent must be a dashboard, but "t1" is a table`,
      },
    ]);
  });

  it('warns about duplicates, undeclared parents and undeclared internal lineage ends', () => {
    const { problems, warnings } = checkRecordSet({
      resources: [dashboard, { ...chart, parent_databuilder_id: 'nope' }, dashboard],
      lineages: [
        {
          from_identifier: { type: 'internal_resource', databuilder_id: 'c1' },
          to_identifier: { type: 'internal_resource', databuilder_id: 'ghost' },
        },
      ],
    });
    expect(problems).toEqual([]);
    expect(warnings.map((warning) => [warning.record, warning.index, warning.field])).toEqual([
      ['resource', 3, 'databuilder_id'],
      ['resource', 2, 'parent_databuilder_id'],
      ['lineage', 1, 'to_identifier.databuilder_id'],
    ]);
  });
});

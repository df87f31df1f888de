import { expect, test } from 'vitest';
import { InputError } from '../errors/index.js';
import { forEachBackend } from '../testing/index.js';
import { applySync } from './apply-sync.js';
import { createSyncTarget, dumpCatalog, edge, internal, runRecords, tableRun } from './sync-test-support.js';
import type { RunRecord } from './sync-types.js';

const group = { entity_type: 'dashboard_group', databuilder_id: 'g', title: 'Sales' };
const dashboard = {
  entity_type: 'dashboard',
  databuilder_id: 'd',
  parent_databuilder_id: 'g',
  title: 'Revenue',
};
const chart = { entity_type: 'chart', databuilder_id: 'c', parent_databuilder_id: 'd', title: 'By month' };

forEachBackend('the run hierarchy', (store) => {
  const failure = async (resources: unknown[]) => {
    const { integrationId } = await createSyncTarget(store());
    const before = await dumpCatalog(store());
    const error = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources }),
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(await dumpCatalog(store())).toBe(before);
    return error.details.problems;
  };
  const success = async (resources: unknown[]) => {
    const { integrationId } = await createSyncTarget(store());
    const record = await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources }),
    });
    const rows = await store()
      .db.selectFrom('resources')
      .select(['id', 'databuilder_id', 'parent_id', 'title_full', 'entity_type'])
      .where('integration_id', '=', integrationId)
      .execute();
    return { record, rows: new Map(rows.map((row) => [row.databuilder_id, row])) };
  };

  test('a parent of the wrong kind fails the run, naming the child line, whether declared before or after', async () => {
    const table = tableRun('t', [])[2]!;
    const underTable = { ...chart, parent_databuilder_id: table.databuilder_id };
    const after = await failure([...tableRun('t', []), underTable]);
    expect(after).toEqual([
      {
        file: 'resources.jsonl',
        line: 4,
        field: 'parent_databuilder_id',
        message: `a chart's parent cannot be a table ("db.public.t")`,
      },
    ]);
    const before = await failure([underTable, ...tableRun('t', [])]);
    expect(before).toEqual([{ ...after[0], line: 1 }]);
  });

  test('a parent never declared is a warning, and the resource is kept without one', async () => {
    const { record, rows } = await success([group, { ...dashboard, parent_databuilder_id: 'elsewhere' }]);
    expect(record.status).toBe('succeeded');
    expect(record.warnings).toEqual([
      {
        file: 'resources.jsonl',
        line: 2,
        field: 'parent_databuilder_id',
        message: 'parent "elsewhere" is not declared in this run; the dashboard has no parent',
      },
    ]);
    expect(rows.get('d')?.parent_id).toBeNull();
  });

  test('children declared before their parents, several levels deep, get parents and full titles', async () => {
    const { record, rows } = await success([chart, dashboard, group]);
    expect(record.warnings).toEqual([]);
    expect(rows.get('c')?.parent_id).toBe(rows.get('d')?.id);
    expect(rows.get('d')?.parent_id).toBe(rows.get('g')?.id);
    expect(rows.get('c')?.title_full).toBe('Sales.Revenue.By month');
  });

  test('the last declaration decides: a child or a parent declared again is judged as declared last', async () => {
    const table = tableRun('t', [])[2]!;
    // Enough resources to put a repeat in a later write batch than the first declaration (and without any).
    const filler = Array.from({ length: 2100 }, (_, i) => ({ ...dashboard, databuilder_id: `f${i}` }));
    for (const between of [[], filler]) {
      // The chart first sits under a table (wrong), then is declared again under the dashboard (right).
      const fixed = await success([
        ...tableRun('t', []),
        group,
        dashboard,
        { ...chart, parent_databuilder_id: table.databuilder_id },
        ...between,
        chart,
      ]);
      expect(fixed.record.status).toBe('succeeded');
      expect(fixed.rows.get('c')?.parent_id).toBe(fixed.rows.get('d')?.id);
      // The parent is first a table (wrong for a chart), then declared again as the dashboard it must be.
      const retypedRight = await success([
        group,
        { ...table, databuilder_id: 'd' },
        chart,
        ...between,
        dashboard,
      ]);
      expect(retypedRight.record.status).toBe('succeeded');
      expect(retypedRight.rows.get('d')?.entity_type).toBe('dashboard');
    }
    // The parent is first the dashboard the chart needs, then declared again as a table: the chart is orphaned.
    // Within one batch the repeat replaces the first declaration before the chart is planned; across batches the
    // repeat is caught when the run ends.
    const wrongTable = { ...table, databuilder_id: 'd' };
    expect(await failure([group, dashboard, chart, wrongTable])).toEqual([
      {
        file: 'resources.jsonl',
        line: 3,
        field: 'parent_databuilder_id',
        message: `a chart's parent cannot be a table ("d")`,
      },
    ]);
    expect(await failure([group, dashboard, chart, ...filler, wrongTable])).toEqual([
      {
        file: 'resources.jsonl',
        line: 4 + filler.length,
        field: 'entity_type',
        message: 'a table cannot be the parent of chart "c", declared under it earlier in the run',
      },
    ]);
  });

  test('lineage declared before the resources it names resolves once they are declared', async () => {
    const { integrationId } = await createSyncTarget(store());
    const lineage: RunRecord = {
      kind: 'lineage',
      value: edge(internal('g'), internal('d')),
      origin: { file: 'sdk', line: 1 },
    };
    const resources = runRecords({ resources: [group, dashboard] });
    const record = await applySync(store(), {
      integrationId,
      source: 'sdk',
      records: [lineage, ...resources],
    });
    expect(record.counts).toMatchObject({ created: 2, lineage_resolved: 1, lineage_rejected: 0 });
    const edges = await store()
      .db.selectFrom('lineage')
      .select('id')
      .where('integration_id', '=', integrationId)
      .execute();
    expect(edges).toHaveLength(1);
  });
});

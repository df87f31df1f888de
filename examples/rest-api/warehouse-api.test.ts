import type { LocalHttpServer } from '@sextant/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSextant } from '../support/run-sextant.js';
import { FAKE_WAREHOUSE_TOKEN, startFakeWarehouseApi } from './fake-warehouse-api.js';
import WarehouseApiIntegration from './warehouse-api.js';

let api: LocalHttpServer;
beforeAll(async () => {
  api = await startFakeWarehouseApi();
});
afterAll(() => api.close());

const quiet = {
  stderr: { write: () => true },
  setExitCode: false,
  output: { write: async () => ({ description: '' }) },
};

describe('paginated REST API example', () => {
  it('reads every page and declares the hierarchy with lineage in and out of the API', async () => {
    const result = await new WarehouseApiIntegration().start({
      ...quiet,
      credentials: { base_url: api.url, api_token: FAKE_WAREHOUSE_TOKEN },
    });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
    const count = (type: string) =>
      result.resources.filter((resource) => resource.entity_type === type).length;
    expect([count('database'), count('schema'), count('table'), count('column')]).toEqual([2, 3, 5, 6]);
    expect(
      result.resources.find((resource) => resource.databuilder_id === 'warehouse.table.t1.id'),
    ).toMatchObject({
      parent_databuilder_id: 'warehouse.table.t1',
      is_pk: true,
      sort_order: 1,
    });
    expect(result.lineages).toEqual([
      {
        from_identifier: { type: 'internal_resource', databuilder_id: 'warehouse.table.t2' },
        to_identifier: { type: 'internal_resource', databuilder_id: 'warehouse.table.t4' },
      },
      {
        from_identifier: { type: 'internal_resource', databuilder_id: 'warehouse.table.t1' },
        to_identifier: { type: 'internal_resource', databuilder_id: 'warehouse.table.t5' },
      },
      {
        from_identifier: { type: 'external_table', database: 'payments', schema: 'stripe', table: 'charges' },
        to_identifier: { type: 'internal_resource', databuilder_id: 'warehouse.table.t5' },
      },
    ]);
  });

  it('fails naming the URL and status when the token is refused', async () => {
    const stderr: string[] = [];
    const result = await new WarehouseApiIntegration().start({
      ...quiet,
      stderr: { write: (text: string) => stderr.push(text) },
      credentials: { base_url: api.url, api_token: 'nope' },
    });
    expect(result.ok).toBe(false);
    expect(stderr.join('')).toContain(
      `GET ${api.url}/v1/tables?limit=2 answered 401: {"message":"invalid token"}`,
    );
  });

  it('runs through sextant run with credentials from the environment', async () => {
    const env = { WAREHOUSE_BASE_URL: api.url, WAREHOUSE_API_TOKEN: FAKE_WAREHOUSE_TOKEN };
    const run = await runSextant(
      ['run', 'examples/rest-api/warehouse-api.ts', '--credentials-env', 'WAREHOUSE_'],
      { env },
    );
    expect(run.stderr).toContain('16 resources, 3 lineage declarations');
    expect(run.stderr).toContain('resources: database 2, schema 3, table 5, column 6');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(19);
  });
});

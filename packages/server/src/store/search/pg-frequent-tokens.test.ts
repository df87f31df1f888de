import { expect, test } from 'vitest';
import { applySync } from '../../sync/index.js';
import { createSyncTarget, forEachBackend, runRecords, tableRun } from '../../testing/index.js';
import { findFrequentTokens } from './pg-frequent-tokens.js';
import { postgresScopeToken } from './search-document.js';

forEachBackend('findFrequentTokens', (store, backend) => {
  test('names the facet values most resources share, from the statistics a sync leaves (PostgreSQL)', async () => {
    if (backend !== 'postgres') return;
    const { integrationId } = await createSyncTarget(store());
    const columns = Array.from({ length: 30 }, (_, i) => `c${i}`);
    await applySync(store(), {
      integrationId,
      source: 'jsonl',
      records: runRecords({ resources: tableRun('orders', columns) }),
    });
    const tokens = await findFrequentTokens(store().db);
    expect(tokens.has(postgresScopeToken('i', integrationId))).toBe(true);
    expect(tokens.has(postgresScopeToken('t', 'column'))).toBe(true);
    expect(tokens.has(postgresScopeToken('v', '0'))).toBe(true);
    expect(tokens.has(postgresScopeToken('t', 'table'))).toBe(false);
  });
});

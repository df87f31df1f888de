import type { Kysely } from 'kysely';
import { expect, test } from 'vitest';
import { applySync } from '../../sync/apply-sync.js';
import { createSyncTarget, runRecords } from '../../sync/sync-test-support.js';
import { forEachBackend } from '../../testing/index.js';
import { warehouseTable } from '../../testing/lineage-resolution.js';
import { up } from './0016_entity_edit_conflicts.js';

forEachBackend('migration 0016: conflicting edits of one entity', (store) => {
  test('the older of two conflicting user edits is recorded in the audit log; agreeing edits are not', async () => {
    const { workspaceId, integrationId: warehouse } = await createSyncTarget(store());
    const { integrationId: dbt } = await createSyncTarget(store(), { workspaceId });
    for (const integrationId of [warehouse, dbt])
      await applySync(store(), {
        integrationId,
        source: integrationId === dbt ? 'dbt' : 'jsonl',
        records: runRecords({ resources: warehouseTable('shop', 'public', 'orders') }),
      });
    const tableOf = async (integrationId: string) =>
      (
        await store()
          .db.selectFrom('resources')
          .select('id')
          .where('integration_id', '=', integrationId)
          .where('entity_type', '=', 'table')
          .executeTakeFirstOrThrow()
      ).id;
    const [older, newer] = [await tableOf(warehouse), await tableOf(dbt)];
    const edit = (id: string, values: object, at: string) =>
      store()
        .db.updateTable('resources')
        .set({ user_values: JSON.stringify(values), updated_at: at })
        .where('id', '=', id)
        .execute();
    await edit(older, { description: 'old words', owners: ['a@x.io'] }, '2026-01-01T00:00:00.000Z');
    await edit(newer, { description: 'new words', owners: ['a@x.io'] }, '2026-02-01T00:00:00.000Z');

    await up(store().db as unknown as Kysely<unknown>);
    const audit = await store()
      .db.selectFrom('audit_logs')
      .select(['action', 'entity_id', 'before', 'after'])
      .where('workspace_id', '=', workspaceId)
      .where('action', '=', 'entity_merge')
      .execute();
    expect(audit).toEqual([
      {
        action: 'entity_merge',
        entity_id: older,
        before: JSON.stringify({ description: 'old words' }),
        after: JSON.stringify({ description: 'new words' }),
      },
    ]);
  });
});

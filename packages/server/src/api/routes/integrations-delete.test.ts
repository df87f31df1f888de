import { expect, test } from 'vitest';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import { forEachApp, type TestApp } from '../../testing/index.js';

const URL = '/api/v1/integration/integrations';
const SECRET = 'pa55-w0rd-never-to-be-seen';

async function createIntegration(t: TestApp, body: Record<string, unknown> = {}) {
  const res = await t.app.inject({
    method: 'POST',
    url: URL,
    headers: t.as('admin'),
    payload: { name: 'Warehouse', type: 'snowflake', credentials: { password: SECRET }, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

// compat.md §5: "deleting an integration deletes its resources" — and with them everything that hangs off them.
forEachApp('integration deletion', (t) => {
  test('delete answers 204 and cascades to resources, lineage (manual too), pending lineage and syncs', async () => {
    const doomed = await createIntegration(t(), { name: 'doomed' });
    const kept = await createIntegration(t(), { name: 'kept' });
    const { db } = t().store;
    const now = nowIso();
    const resource = (integrationId: string, title: string) => ({
      id: newId(),
      workspace_id: t().workspaceId,
      integration_id: integrationId,
      databuilder_id: title,
      entity_type: 'table',
      title,
      title_lower: title,
      created_at: now,
      updated_at: now,
    });
    const [a, b, c] = [resource(doomed.id, 'a'), resource(doomed.id, 'b'), resource(kept.id, 'c')];
    await db
      .insertInto('resources')
      .values([a, b, c] as never)
      .execute();
    const syncId = newId();
    await db
      .insertInto('syncs')
      .values({
        id: syncId,
        workspace_id: t().workspaceId,
        integration_id: doomed.id,
        source: 'jsonl',
        status: 'succeeded',
        started_at: now,
      } as never)
      .execute();
    const edge = (from: string, to: string, manual: boolean) => ({
      id: newId(),
      workspace_id: t().workspaceId,
      from_resource_id: from,
      to_resource_id: to,
      is_manual: manual ? 1 : 0,
      integration_id: manual ? null : doomed.id,
      sync_id: manual ? null : syncId,
      created_at: now,
      updated_at: now,
    });
    await db
      .insertInto('lineage')
      .values([edge(a.id, b.id, false), edge(b.id, c.id, true)] as never)
      .execute();
    await db
      .insertInto('pending_lineage')
      .values({
        id: newId(),
        workspace_id: t().workspaceId,
        integration_id: doomed.id,
        sync_id: syncId,
        from_resource_id: a.id,
        to_ref: '{}',
        match_key: 'x',
        created_at: now,
      } as never)
      .execute();

    const res = await t().app.inject({
      method: 'DELETE',
      url: `${URL}/${doomed.id}/`,
      headers: t().as('admin'),
    });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const count = async (
      table: 'resources' | 'lineage' | 'syncs' | 'pending_lineage',
      column: string,
      value: string,
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where(column as never, '=', value as never)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('resources', 'integration_id', doomed.id)).toBe(0);
    expect(await count('syncs', 'integration_id', doomed.id)).toBe(0);
    expect(await count('pending_lineage', 'integration_id', doomed.id)).toBe(0);
    expect(await count('lineage', 'from_resource_id', a.id)).toBe(0);
    expect(await count('lineage', 'to_resource_id', c.id)).toBe(0);
    expect(await count('resources', 'id', c.id)).toBe(1);
    const gone = await t().app.inject({
      method: 'GET',
      url: `${URL}/${doomed.id}`,
      headers: t().as('admin'),
    });
    expect(gone.statusCode).toBe(404);
    const audit = await db
      .selectFrom('audit_logs')
      .selectAll()
      .where('entity_id', '=', doomed.id)
      .where('action', '=', 'delete')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.before).not.toContain(SECRET);
  });
});

import { expect, test } from 'vitest';
import { forEachBackend } from '../../testing/index.js';
import { createWorkspace } from '../accounts/index.js';
import { insertIntegration } from '../integrations/index.js';
import {
  changeReviewStatus,
  claimNextVersion,
  deleteMarketplaceIntegrationWithVersions,
  findMarketplaceIntegration,
  findReviewerWorkspaceId,
  insertMarketplaceConnection,
  insertMarketplaceIntegration,
  insertMarketplaceVersion,
  isForeignKeyViolation,
  listApprovedIntegrations,
  listConnectionsOfMarketplaceIntegration,
  listMarketplaceVersions,
} from './index.js';

const NOW = '2026-01-01T00:00:00.000Z';

forEachBackend('marketplace store', (store) => {
  let workspaceId: string;

  test('the reviewer workspace is the first one inserted, even when a later one sorts first', async () => {
    const { db } = store();
    // Same millisecond, and the second id sorts before the first: only the insertion order tells them apart.
    await db
      .insertInto('workspaces')
      .values({ id: 'zz-first', name: 'first', created_at: NOW, updated_at: NOW })
      .execute();
    await db
      .insertInto('workspaces')
      .values({ id: 'aa-second', name: 'second', created_at: NOW, updated_at: NOW })
      .execute();
    expect(await findReviewerWorkspaceId(db)).toBe('zz-first');
    workspaceId = (await createWorkspace(db, 'third')).id;
    expect(await findReviewerWorkspaceId(db)).toBe('zz-first');
  });

  test('a version number is claimed once: a stale claim gets nothing', async () => {
    const { db } = store();
    await insertMarketplaceIntegration(db, {
      id: 'm1',
      workspace_id: workspaceId,
      name: 'One',
      description: '',
      category: 'bi',
      icon: null,
      latest_version: 1,
      created_by: null,
      created_at: NOW,
      updated_at: NOW,
    });
    expect(await claimNextVersion(db, { id: 'm1', current: 1, updatedAt: NOW })).toBe(2);
    expect(await claimNextVersion(db, { id: 'm1', current: 1, updatedAt: NOW })).toBeUndefined();
  });

  test('the listing shows each integration once, with its newest approved version', async () => {
    const { db } = store();
    const version = (n: number) => ({
      integration_id: 'm1',
      version: n,
      filename: 'one.ts',
      source: `// ${n}`,
      bundle: `// ${n}`,
      sha256: `sha-${n}`,
      credential_fields: '[]',
      allowed_endpoints: '[]',
      status: 'draft' as const,
      submitted_at: null,
      reviewed_at: null,
      reviewed_by: null,
      review_note: null,
      created_by: null,
      created_at: NOW,
    });
    for (const n of [1, 2, 3]) await insertMarketplaceVersion(db, version(n));
    expect((await listApprovedIntegrations(db, { limit: 10, offset: 0 })).count).toBe(0);
    for (const n of [1, 2]) {
      const change = { status: 'approved' as const };
      expect(await changeReviewStatus(db, { integrationId: 'm1', version: n, from: ['draft'], change })).toBe(
        true,
      );
    }
    // A move from a state the version is not in changes nothing.
    expect(
      await changeReviewStatus(db, {
        integrationId: 'm1',
        version: 1,
        from: ['submitted'],
        change: { status: 'rejected' },
      }),
    ).toBe(false);
    const { rows, count } = await listApprovedIntegrations(db, { limit: 10, offset: 0 });
    expect(count).toBe(1);
    expect(rows.map((row) => [row.id, row.approved.version])).toEqual([['m1', 2]]);
    expect((await listApprovedIntegrations(db, { limit: 10, offset: 0, category: 'warehouse' })).count).toBe(
      0,
    );
  });

  test('a version a connection is pinned to is never deleted: the key refuses it, whatever the caller checked', async () => {
    const { db } = store();
    await insertIntegration(db, {
      id: 'i1',
      workspace_id: workspaceId,
      name: 'orders',
      type: 'marketplace:m1',
      credentials_encrypted: null,
      properties: '{}',
      teams: '[]',
      ssh_tunnel: null,
      import_policy: 'smart',
      auto_stale: 0,
      schedule_enabled: 0,
      scheduled_extractions_hour: 0,
      scheduled_extractions_frequency: 24,
      scheduled_extractions_next_run: null,
      scheduled_extractions_last_run: null,
      created_by: null,
      created_at: NOW,
      updated_at: NOW,
    });
    const connection = { marketplace_integration_id: 'm1', version: 2, allow_private_hosts: '[]' };
    await insertMarketplaceConnection(db, {
      integration_id: 'i1',
      ...connection,
      created_at: NOW,
      updated_at: NOW,
    });
    expect(await listConnectionsOfMarketplaceIntegration(db, 'm1')).toEqual([
      { integration_id: 'i1', workspace_id: workspaceId, name: 'orders', version: 2 },
    ]);
    const refused = await db
      .transaction()
      .execute((tx) => deleteMarketplaceIntegrationWithVersions(tx, 'm1'))
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(isForeignKeyViolation(refused), String(refused)).toBe(true);
    expect(await listMarketplaceVersions(db, { integrationId: 'm1' })).toHaveLength(3);

    await db.deleteFrom('integrations').where('id', '=', 'i1').execute();
    expect(await listConnectionsOfMarketplaceIntegration(db, 'm1')).toEqual([]);
    await deleteMarketplaceIntegrationWithVersions(db, 'm1');
    expect(await findMarketplaceIntegration(db, 'm1')).toBeUndefined();
    expect(await listMarketplaceVersions(db, { integrationId: 'm1' })).toEqual([]);
  });
});

import { expect, test } from 'vitest';
import type { AuthContext } from '../auth/authenticate.js';
import { ConflictError } from '../errors/index.js';
import { createUser, createWorkspace, listActiveAdminIds } from '../store/accounts/index.js';
import { forEachBackend } from '../testing/index.js';
import { updateUserAccount } from './manage-users.js';

forEachBackend('last-admin guard', (store) => {
  test('two admins demoting each other at once: one wins, the other gets last_admin', async () => {
    const { db, flags } = store();
    const workspace = await createWorkspace(db, 'race');
    const [a, b] = await Promise.all(
      ['a@race.example', 'b@race.example'].map((email) =>
        createUser(db, { workspaceId: workspace.id, email, role: 'admin' }),
      ),
    );
    const as = (userId: string): AuthContext => ({
      workspaceId: workspace.id,
      userId,
      role: 'admin',
      via: 'api_key',
      apiKeyId: null,
    });
    // Both callers are already authenticated as admins: only the transactions decide.
    const outcomes = await Promise.allSettled([
      updateUserAccount({ db, flags }, as(a!.id), b!.id, { role: 'editor' }),
      updateUserAccount({ db, flags }, as(b!.id), a!.id, { active: false }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect(rejected.reason.code).toBe('last_admin');
    expect(await listActiveAdminIds(db, flags, { workspaceId: workspace.id, lock: false })).toHaveLength(1);
  });
});

import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { forEachBackend } from '../../testing/index.js';
import { executePrecompiled } from './precompiled-query.js';

forEachBackend('executePrecompiled', (store) => {
  test('builds once, then runs the same statement with new parameters', async () => {
    let builds = 0;
    const run = (a: string, b: string) =>
      executePrecompiled<{ joined: string }>(store().db, {
        name: 'test-concat',
        parameters: [a, b],
        build: ([x, y]) => {
          builds += 1;
          return {
            compile: () => sql<{ joined: string }>`select ${x} || ${y} as joined`.compile(store().db),
          };
        },
      });
    expect(await run('a', 'b')).toEqual([{ joined: 'ab' }]);
    expect(await run('c', 'd')).toEqual([{ joined: 'cd' }]);
    expect(builds).toBe(1);
  });

  test('a build whose parameters are not the declared ones, in order, is refused', async () => {
    await expect(
      executePrecompiled(store().db, {
        name: 'test-swapped',
        parameters: ['a', 'b'],
        build: ([x, y]) => ({ compile: () => sql`select ${y} || ${x} as joined`.compile(store().db) }),
      }),
    ).rejects.toThrow(/test-swapped: parameters do not follow the declared order/);
  });
});

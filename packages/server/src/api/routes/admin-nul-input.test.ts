import { expect, test } from 'vitest';
import { forEachApp } from '../../testing/index.js';

// PostgreSQL refuses NUL bytes in text columns and parameters; a NUL anywhere a string reaches SQL must be stopped at
// the edge (400 invalid_text, api/plugins/text-input.ts), never reach the database (500). SQLite accepts them, so both backends run the same list.
const NUL = 'a\u0000b';

forEachApp('administration routes refuse NUL bytes in text', (t) => {
  test('bodies, query strings and ids with a NUL answer 400 invalid_text', async () => {
    const requests: Array<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: unknown }> = [
      { method: 'POST', url: '/api/v1/integration/integrations', payload: { name: NUL, type: 'x' } },
      { method: 'POST', url: '/api/v1/integration/integrations', payload: { name: 'x', type: NUL } },
      {
        method: 'POST',
        url: '/api/v1/integration/integrations',
        payload: { name: 'x', type: 'y', teams: [NUL] },
      },
      { method: 'GET', url: '/api/v1/integration/integrations?type=a%00b' },
      { method: 'GET', url: '/api/v1/integration/integrations?type__in=a%00b' },
      { method: 'GET', url: '/api/v1/integration/integrations/a%00b' },
      {
        method: 'POST',
        url: '/api/v1/user',
        payload: { email: 'nul@example.com', role: 'viewer', name: NUL },
      },
      { method: 'POST', url: '/api/v1/user', payload: { email: `${NUL}@example.com`, role: 'viewer' } },
      { method: 'PATCH', url: '/api/v1/user/a%00b', payload: { name: 'x' } },
      { method: 'GET', url: '/api/v1/user/a%00b' },
      { method: 'POST', url: '/api/v1/auth/teams', payload: { name: NUL } },
      { method: 'POST', url: '/api/v1/auth/teams', payload: { name: 'x', members: [NUL] } },
      { method: 'POST', url: '/api/v1/auth/teams', payload: { name: 'x', icon: NUL } },
      { method: 'DELETE', url: '/api/v1/auth/teams/a%00b' },
      { method: 'POST', url: '/api/v1/auth/group', payload: { name: NUL } },
      { method: 'POST', url: '/api/v1/auth/group', payload: { name: 'x', description: NUL } },
      { method: 'POST', url: '/api/v1/auth/api_keys', payload: { name: NUL, role: 'viewer' } },
      { method: 'DELETE', url: '/api/v1/auth/api_keys/a%00b' },
    ];
    for (const r of requests) {
      const res = await t().app.inject({
        method: r.method,
        url: r.url,
        headers: t().as('admin'),
        ...(r.payload === undefined ? {} : { payload: r.payload as Record<string, unknown> }),
      });
      expect(res.statusCode, `${r.method} ${r.url} ${JSON.stringify(r.payload)}`).toBe(400);
      expect(res.json().error.code).toBe('invalid_text');
    }
  });
});

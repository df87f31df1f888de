import { expect, test } from 'vitest';
import { forEachApp, TEST_ADMIN_PASSWORD } from '../../testing/index.js';

forEachApp('auth routes', (t) => {
  test('healthcheck needs no credentials', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/healthcheck' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'OK' });
  });

  test('trailing slash is optional', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/healthcheck/' });
    expect(res.statusCode).toBe(200);
  });

  test('no key, malformed header and unknown key answer 401 with the error body', async () => {
    const { app } = t();
    const none = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('authentication_required');
    const malformed = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Token x' },
    });
    expect(malformed.statusCode).toBe(401);
    expect(malformed.json().error.code).toBe('invalid_api_key');
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Bearer sxt_nope' },
    });
    expect(unknown.statusCode).toBe(401);
  });

  test('a bearer key acts as its user with its role', async () => {
    const res = await t().app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: t().as('editor') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: 'editor@example.com', role: 'editor', via: 'api_key' });
  });

  test('sign in sets an httpOnly session cookie that authenticates; sign out ends it', async () => {
    const { app } = t();
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'admin@example.com', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ADMIN@example.com', password: TEST_ADMIN_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'sextant_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      cookies: { sextant_session: cookie!.value },
    });
    expect(me.json()).toMatchObject({ role: 'admin', via: 'session' });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookies: { sextant_session: cookie!.value },
    });
    const after = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      cookies: { sextant_session: cookie!.value },
    });
    expect(after.statusCode).toBe(401);
  });

  test('malformed sign-in bodies answer 400, never 500', async () => {
    const { app } = t();
    const bad = [
      { payload: '{"email":', headers: { 'content-type': 'application/json' } },
      { payload: { email: 1, password: 2 } },
      { payload: { email: 'a@b', password: 'x', extra: true } },
      { payload: {} },
    ];
    for (const b of bad) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', ...b });
      expect(res.statusCode, JSON.stringify(b)).toBe(400);
      expect(res.json().error.code).toMatch(/invalid_json|validation_failed/);
    }
  });

  test('OpenAPI document is served to authenticated callers', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: '/api/v1/openapi.json',
      headers: t().as('viewer'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().openapi).toBe('3.0.3');
    expect(Object.keys(res.json().paths)).toContain('/api/v1/auth/login');
  });
});

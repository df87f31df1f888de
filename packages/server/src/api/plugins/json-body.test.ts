import { expect, test } from 'vitest';
import { forEachApp } from '../../testing/index.js';

// JSON bodies must be UTF-8 (RFC 8259 §8.1): invalid bytes are refused with their offset, never replaced by U+FFFD
// and stored (issue 16, defect 3).
forEachApp('JSON bodies must be valid UTF-8', (t) => {
  test('an invalid byte answers 400 invalid_json with its byte offset', async () => {
    const head = Buffer.from('{"name":"caf');
    const payload = Buffer.concat([head, Buffer.from([0xe9]), Buffer.from('"}')]);
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/teams',
      headers: { ...t().as('admin'), 'content-type': 'application/json' },
      payload,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_json', details: { offset: head.length } });
    expect(res.json().error.message).toContain(`byte ${head.length}`);
  });

  test('on a public route too (sign-in), and a truncated sequence at the end', async () => {
    const payload = Buffer.concat([Buffer.from('{"email":"a@b.c","password":"x'), Buffer.from([0xf0, 0x9f])]);
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      payload,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid_json', details: { offset: payload.length - 2 } });
  });

  test('valid UTF-8 (multi-byte, emoji) and the JSON errors still answer as before', async () => {
    const ok = await t().app.inject({
      method: 'POST',
      url: '/api/v1/auth/teams',
      headers: { ...t().as('admin'), 'content-type': 'application/json' },
      payload: Buffer.from(JSON.stringify({ name: `Café 🧭 ${Date.now()}` })),
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().name).toMatch(/^Café 🧭/);
    for (const payload of ['{"name": ', '', '{"__proto__": {"x": 1}}']) {
      const res = await t().app.inject({
        method: 'POST',
        url: '/api/v1/auth/teams',
        headers: { ...t().as('admin'), 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().error.code, payload).toMatch(/invalid_json|invalid_request/);
    }
  });
});

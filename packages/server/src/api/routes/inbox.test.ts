import { expect, test } from 'vitest';
import type { Role } from '../../store/schema.js';
import { forEachApp } from '../../testing/index.js';

/*
 * The inbox's "mark read": one notification read or unread again, or all of them (or a list) at once; only the
 * owner's notifications move; malformed bodies are 400s.
 */

forEachApp('inbox: mark read', (t) => {
  const call = (method: string, url: string, payload?: unknown, role: Role = 'editor') =>
    t().app.inject({
      method: method as 'GET',
      url,
      headers: t().as(role),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const inbox = async (role: Role = 'editor') =>
    (await call('GET', '/api/v1/notifications/inbox', undefined, role)).json() as {
      results: Array<{ id: string; read_at: string | null }>;
    };

  test('one read, unread again, then all read; another user cannot mark yours', async () => {
    const question = (
      await call('POST', '/api/v1/question/questions', { title: 'Where are refunds?' })
    ).json();
    for (const text of ['In refunds.', 'Also in payments.']) {
      const reply = await call(
        'POST',
        '/api/v1/question/replies',
        { title: 'Reply', definition: text, parent: question.id },
        'admin',
      );
      expect(reply.statusCode, reply.body).toBe(201);
    }
    const [newest, older] = (await inbox()).results;
    expect(newest?.read_at).toBeNull();
    expect(older?.read_at).toBeNull();

    const read = await call('PATCH', `/api/v1/notifications/inbox/${newest!.id}`, { read: true });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ id: newest!.id });
    expect(Date.parse(read.json().read_at)).toBeGreaterThan(0);
    expect((await inbox()).results.map((n) => n.read_at === null)).toEqual([false, true]);

    // Another user's notification is not found, and stays unread.
    const foreign = await call('PATCH', `/api/v1/notifications/inbox/${older!.id}`, { read: true }, 'admin');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('notification_not_found');
    expect((await inbox()).results[1]!.read_at).toBeNull();

    const unread = await call('PATCH', `/api/v1/notifications/inbox/${newest!.id}/`, { read: false });
    expect(unread.json().read_at).toBeNull();

    const some = await call('POST', '/api/v1/notifications/inbox/mark_read', { ids: [older!.id, 'nope'] });
    expect(some.json()).toEqual({ updated: 1 });
    const all = await call('POST', '/api/v1/notifications/inbox/mark_read/', {});
    expect(all.json()).toEqual({ updated: 1 });
    expect((await inbox()).results.every((n) => n.read_at !== null)).toBe(true);
    expect((await call('POST', '/api/v1/notifications/inbox/mark_read', {})).json()).toEqual({ updated: 0 });
  });

  test('malformed bodies are 400s', async () => {
    for (const [method, url, body] of [
      ['PATCH', '/api/v1/notifications/inbox/x', { read: 'yes' }],
      ['PATCH', '/api/v1/notifications/inbox/x', {}],
      ['POST', '/api/v1/notifications/inbox/mark_read', { ids: 'x' }],
      ['POST', '/api/v1/notifications/inbox/mark_read', { other: 1 }],
    ] as const) {
      const res = await call(method, url, body);
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(body)}`).toBe(400);
    }
  });
});

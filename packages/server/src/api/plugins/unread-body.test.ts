import { expect, test } from 'vitest';
import { forEachApp } from '../../testing/index.js';
import { sendRaw } from '../fuzz/raw-http.js';

forEachApp('an error answered before the body was read', (t) => {
  test('closes the connection, so the next request on a kept-alive client is answered', async () => {
    const { app } = t();
    const origin = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
    const boundary = 'sextant-unread-body';
    // A 1 MB icon is refused at its first chunks (the icon limit is 256 KB); the code part after it is never read.
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="icon"; filename="i.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      Buffer.alloc(1024 * 1024, 1),
      Buffer.from(
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="code"; filename="x.ts"\r\nContent-Type: text/plain\r\n\r\nexport default 1;\r\n--${boundary}--\r\n`,
      ),
    ]);
    const headers = { authorization: t().as('admin').authorization };
    const refused = await sendRaw(
      origin,
      {
        method: 'POST',
        path: '/api/v1/marketplace/integrations',
        headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
      },
      10_000,
    );
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe('close');
    const next = await sendRaw(
      origin,
      { method: 'GET', path: '/api/v1/marketplace/integrations', headers },
      10_000,
    );
    expect(next.failure).toBeUndefined();
    expect(next.status).toBe(200);
  });
});

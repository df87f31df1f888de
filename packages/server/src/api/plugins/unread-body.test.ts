import { expect, test } from 'vitest';
import { forEachApp } from '../../testing/index.js';
import { multipartForm } from '../../testing/multipart-form.js';
import { sendRaw } from '../fuzz/raw-http.js';

forEachApp('an error answered before the body was read', (t) => {
  test('closes the connection, so the next request on a kept-alive client is answered', async () => {
    const { app } = t();
    const origin = new URL(await app.listen({ host: '127.0.0.1', port: 0 }));
    // A 1 MB icon is refused at its first chunks (the icon limit is 256 KB); the code part after it is never read.
    const form = multipartForm([
      { field: 'icon', filename: 'i.png', contentType: 'image/png', content: Buffer.alloc(1024 * 1024, 1) },
      { field: 'code', filename: 'x.ts', contentType: 'text/plain', content: 'export default 1;' },
    ]);
    const headers = { authorization: t().as('admin').authorization };
    const refused = await sendRaw(
      origin,
      {
        method: 'POST',
        path: '/api/v1/marketplace/integrations',
        headers: { ...headers, ...form.headers },
        body: form.payload,
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

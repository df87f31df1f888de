/** An uploaded (marketplace) integration that declares the JSON array its feed answers. */
export const FEED_INTEGRATION_CODE = `import { Integration } from '@sextant/sdk';
export default class Feed extends Integration {
  async extract() {
    const answer = await this.httpGet(this.requireCredential('feed_url'));
    for (const record of answer.throwIfNotOk().json()) this.declareResource(record);
  }
}
`;

/**
 * Uploads the feed integration to a server over HTTP and connects it to a feed (allowed to reach the feed's
 * local address); returns the integration id.
 */
export async function connectFeedIntegration(
  server: { url: string; key: string },
  feedUrl: string,
): Promise<string> {
  const authorization = `Bearer ${server.key}`;
  const form = new FormData();
  form.append('name', 'Feed');
  form.append('category', 'test');
  form.append('code', new Blob([FEED_INTEGRATION_CODE]), 'feed.ts');
  form.append(
    'credential_fields',
    JSON.stringify([{ key: 'feed_url', label: 'Feed URL', sensitive: false }]),
  );
  form.append('allowed_endpoints', JSON.stringify([feedUrl]));
  const uploaded = await fetch(`${server.url}/api/v1/marketplace/integrations`, {
    method: 'POST',
    headers: { authorization },
    body: form,
  });
  if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${await uploaded.text()}`);
  const connected = await fetch(`${server.url}/api/v1/integration/integrations`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Feed',
      type: `marketplace:${((await uploaded.json()) as { id: string }).id}`,
      credentials: { feed_url: feedUrl },
      allow_private_hosts: [new URL(feedUrl).host],
    }),
  });
  if (connected.status !== 201) throw new Error(`connect: ${connected.status} ${await connected.text()}`);
  return ((await connected.json()) as { id: string }).id;
}

import type { App } from '../../api/context.js';

/** The part of a test app these helpers use (testing/ itself is not part of the build). */
interface TestApp {
  app: App;
  as(role: 'admin' | 'other'): { authorization: string };
}

export const BASE = '/api/v1/marketplace';

export const SOURCE = `import { Integration } from '@sextant/sdk';

export default class Orders extends Integration {
  async extract() {
    const answer = await this.httpGet(this.credentials.base_url + '/tables');
    this.declareResource({ entity_type: 'table', databuilder_id: 'shop.orders', title: String(answer.status) });
  }
}
`;
export const FIELDS = [
  { key: 'base_url', label: 'Base URL', sensitive: false },
  { key: 'api_token', label: 'API token', sensitive: true },
];

export type Part = string | { filename: string; content: string | Buffer; type?: string };

/** A multipart/form-data body built by hand, as a client would send it. */
export function multipart(parts: Record<string, Part>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----sextant-test-boundary';
  const chunks: Buffer[] = [];
  for (const [name, part] of Object.entries(parts)) {
    const head =
      typeof part === 'string'
        ? `content-disposition: form-data; name="${name}"\r\n\r\n`
        : `content-disposition: form-data; name="${name}"; filename="${part.filename}"\r\ncontent-type: ${part.type ?? 'text/plain'}\r\n\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}`));
    chunks.push(Buffer.from(typeof part === 'string' ? part : part.content));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function uploadForm(overrides: Record<string, Part> = {}) {
  return multipart({
    name: 'Orders API',
    description: 'Tables of the orders service',
    category: 'warehouse',
    icon: '🧾',
    code: { filename: 'orders.ts', content: SOURCE },
    credential_fields: JSON.stringify(FIELDS),
    allowed_endpoints: JSON.stringify(['https://orders.example.com/api']),
    ...overrides,
  });
}

export async function upload(
  t: TestApp,
  overrides: Record<string, Part> = {},
  role: 'admin' | 'other' = 'admin',
) {
  const form = uploadForm(overrides);
  return t.app.inject({
    method: 'POST',
    url: `${BASE}/integrations`,
    headers: { ...t.as(role), ...form.headers },
    payload: form.payload,
  });
}

export async function connect(t: TestApp, body: Record<string, unknown>, role: 'admin' | 'other' = 'admin') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/integration/integrations',
    headers: t.as(role),
    payload: { name: 'orders', ...body },
  });
}

export const CREDENTIALS = { base_url: 'https://orders.example.com/api', api_token: 'tok-very-secret-123' };

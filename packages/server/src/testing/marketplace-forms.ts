import type { App } from '../api/context.js';
import { multipartForm } from './multipart-form.js';

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

/** The upload form by field name: a string is a plain field, an object a file (text/plain unless `type`). */
export function multipart(parts: Record<string, Part>): { payload: Buffer; headers: Record<string, string> } {
  return multipartForm(
    Object.entries(parts).map(([field, part]) =>
      typeof part === 'string'
        ? { field, content: part, text: true }
        : { field, content: part.content, filename: part.filename, contentType: part.type ?? 'text/plain' },
    ),
  );
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

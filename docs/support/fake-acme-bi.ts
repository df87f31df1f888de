import { type LocalHttpServer, sendJson, startLocalHttpServer } from '@sextant/sdk/testing';

/** The API key the fake accepts; docs/sdk.md's credentials.json uses it. */
export const ACME_API_KEY = 'acme-demo-key';

const PAGES = [
  [
    {
      id: 1,
      name: 'Revenue',
      updated_at: '2024-05-01T09:00:00Z',
      charts: [
        { id: 11, title: 'Revenue by day', source: { schema: 'analytics', table: 'orders' } },
        { id: 12, title: 'Refunds', source: { schema: 'analytics', table: 'refunds' } },
      ],
    },
    {
      id: 2,
      name: 'Signups',
      updated_at: '2024-05-02T10:00:00Z',
      charts: [{ id: 21, title: 'Signups by week', source: { schema: 'crm', table: 'accounts' } }],
    },
  ],
  [{ id: 3, name: 'Churn', updated_at: '2024-05-03T11:00:00Z', charts: [] }],
];

/** The "Acme BI" API of docs/sdk.md: dashboards with their charts, paged with `page` / `next_page`. */
export function startFakeAcmeBi(): Promise<LocalHttpServer> {
  return startLocalHttpServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.headers['x-api-key'] !== ACME_API_KEY)
      return sendJson(response, 401, { detail: 'bad API key' });
    if (url.pathname !== '/api/dashboards') return sendJson(response, 404, { detail: 'not found' });
    const page = Number(url.searchParams.get('page') ?? '1');
    sendJson(response, 200, {
      dashboards: PAGES[page - 1] ?? [],
      next_page: page < PAGES.length ? page + 1 : null,
    });
  });
}

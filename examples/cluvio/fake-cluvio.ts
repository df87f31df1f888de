import { type LocalHttpServer, readBody, sendJson, startLocalHttpServer } from '@sextant/sdk/testing';

/** The account the fake accepts. */
export const FAKE_CLUVIO_USER = { email: 'analyst@example.com', password: 'correct horse' };
const TOKEN = 'tok-7f3a';

const dashboards = [
  {
    id: '101',
    attributes: {
      name: 'Revenue',
      description: 'Daily revenue',
      folder: 'Finance',
      updated_at: '2024-05-01T09:00:00Z',
    },
  },
  {
    id: '102',
    attributes: { name: 'Churn', description: null, folder: null, updated_at: '2024-05-02T10:30:00Z' },
  },
];

const reports: Record<string, unknown[]> = {
  '101': [
    report(
      '9001',
      'Revenue by day',
      'select day, sum(amount) from analytics.orders o join analytics.payments p on p.order_id = o.id group by 1',
    ),
    { id: 'u1', type: 'users', attributes: { email: FAKE_CLUVIO_USER.email } },
  ],
  '102': [report('9002', 'Churned accounts', 'SELECT count(*) FROM crm.accounts WHERE churned')],
};

function report(id: string, name: string, query: string) {
  return {
    id,
    type: 'reports',
    attributes: { name, query, datasource_database: 'warehouse', updated_at: '2024-04-30T08:00:00Z' },
  };
}

/**
 * A local stand-in for Cluvio's API with the shapes the example reads: sign-in answering a token, the
 * dashboard list, and each dashboard with its reports in `included` (JSON:API style).
 */
export function startFakeCluvio(): Promise<LocalHttpServer> {
  return startLocalHttpServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.method === 'POST' && url.pathname === '/users/sign_in.json') {
      const { user } = JSON.parse((await readBody(request)).toString()) as { user: typeof FAKE_CLUVIO_USER };
      const valid = user?.email === FAKE_CLUVIO_USER.email && user.password === FAKE_CLUVIO_USER.password;
      return valid
        ? sendJson(response, 200, { token: TOKEN })
        : sendJson(response, 401, { error: 'Invalid email or password' });
    }
    if (request.headers.token !== TOKEN) return sendJson(response, 401, { error: 'Not signed in' });
    if (url.pathname === '/dashboards') return sendJson(response, 200, { data: dashboards });
    const match = /^\/dashboards\/(\d+)$/.exec(url.pathname);
    if (match && reports[match[1]!] && url.searchParams.get('include') === 'reports') {
      const dashboard = dashboards.find((item) => item.id === match[1]);
      return sendJson(response, 200, { data: dashboard, included: reports[match[1]!] });
    }
    sendJson(response, 404, { error: `no route ${request.method} ${url.pathname}${url.search}` });
  });
}

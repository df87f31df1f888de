// The catalog a soak run works on, loaded through the API like any client would: a JSONL sync of tables, columns
// and a lineage mesh (integration "soak"), the tags the writers apply, and the CSV the background import re-syncs.

export interface SoakCatalog {
  integrationId: string;
  csvIntegrationId: string;
  tableIds: string[];
  tagIds: string[];
}

export const TABLES = 400;
const COLUMNS = 6;
const TAGS = 8;

export class Api {
  constructor(
    readonly url: string,
    private readonly key: string,
  ) {}

  async call(method: string, path: string, body?: unknown, timeoutMs = 10_000): Promise<Response> {
    return fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.key}`,
        ...(body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  }

  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.call(method, path, body, 300_000);
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as T;
  }
}

export async function loadSoakCatalog(api: Api): Promise<SoakCatalog> {
  const integration = await api.json<{ id: string }>('POST', '/api/v1/integration/integrations', {
    name: 'soak',
    type: 'custom',
  });
  const csvIntegration = await api.json<{ id: string }>('POST', '/api/v1/integration/integrations', {
    name: 'soak-csv',
    type: 'custom',
  });
  const form = new FormData();
  form.append('resources_file', new Blob([resourcesJsonl()]), 'resources.jsonl');
  form.append('lineages_file', new Blob([lineagesJsonl()]), 'lineages.jsonl');
  await api.json('POST', `/api/v1/integration/integrations/${integration.id}/import_jsonl_metadata`, form);
  const tableIds: string[] = [];
  for (let page = 1; tableIds.length < TABLES; page++) {
    const filter = encodeURIComponent(
      JSON.stringify({
        operator: 'and',
        operands: [
          { operator: 'exact', field: 'entity_type', value: 'table' },
          { operator: 'exact', field: 'integration_id', value: integration.id },
        ],
      }),
    );
    const list = await api.json<{ results: Array<{ id: string }> }>(
      'GET',
      `/api/v1/resource/catalog?filter=${filter}&page_size=200&page=${page}`,
    );
    if (list.results.length === 0) break;
    tableIds.push(...list.results.map((r) => r.id));
  }
  const tagIds: string[] = [];
  for (let i = 0; i < TAGS; i++) {
    tagIds.push((await api.json<{ id: string }>('POST', '/api/v1/tag', { name: `soak-${i}` })).id);
  }
  return { integrationId: integration.id, csvIntegrationId: csvIntegration.id, tableIds, tagIds };
}

function resourcesJsonl(): string {
  const lines: string[] = [];
  lines.push(JSON.stringify({ entity_type: 'database', databuilder_id: 'db', title: 'soak' }));
  lines.push(
    JSON.stringify({
      entity_type: 'schema',
      databuilder_id: 'db.s',
      parent_databuilder_id: 'db',
      title: 'mart',
    }),
  );
  for (let t = 0; t < TABLES; t++) {
    lines.push(
      JSON.stringify({
        entity_type: 'table',
        databuilder_id: `t${t}`,
        parent_databuilder_id: 'db.s',
        title: `orders_${t}`,
        description: `orders table number ${t}`,
        schema: 'mart',
        database: 'soak',
      }),
    );
    for (let c = 0; c < COLUMNS; c++) {
      lines.push(
        JSON.stringify({
          entity_type: 'column',
          databuilder_id: `t${t}.c${c}`,
          parent_databuilder_id: `t${t}`,
          title: `col_${c}`,
          type: 'int',
          sort_order: c,
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Each table feeds the next two (a layered mesh, so a depth-3 graph has a few dozen nodes), column to column. */
function lineagesJsonl(): string {
  const lines: string[] = [];
  const edge = (from: string, to: string) =>
    lines.push(
      JSON.stringify({
        from_identifier: { type: 'internal_resource', databuilder_id: from },
        to_identifier: { type: 'internal_resource', databuilder_id: to },
      }),
    );
  for (let t = 0; t < TABLES; t++) {
    for (const next of [t + 1, t + 7]) {
      if (next >= TABLES) continue;
      edge(`t${t}`, `t${next}`);
      edge(`t${t}.c${t % COLUMNS}`, `t${next}.c${next % COLUMNS}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The CSV the background import re-syncs: `tables` tables of 5 columns; `round` changes every description. */
export function soakCsv(tables: number, round: number): string {
  const header =
    'col_name,col_description,col_type,sort_order,database,schema,name,description,is_view,last_updated_time\n';
  const rows: string[] = [];
  for (let t = 0; t < tables; t++) {
    for (let c = 0; c < 5; c++) {
      rows.push(
        `c${c},column ${c} round ${round},int,${c + 1},warehouse,raw,src_${t},source ${t} round ${round},false,`,
      );
    }
  }
  return header + rows.join('\n');
}

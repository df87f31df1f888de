import type { UiServer } from './ui-server';

/** Data set-up through the public API (the UI under test is only used for what a test is about). */
export async function callApi<T>(server: UiServer, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${server.apiKey}`, ...(init.headers ?? {}) },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function createIntegration(server: UiServer, name: string, type: string): Promise<string> {
  const created = await callApi<{ id: string }>(server, '/integration/integrations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, type }),
  });
  return created.id;
}

/** A metadata CSV in the compat.md §4 format, one row per column. */
export function metadataCsv(
  rows: Array<[table: string, column: string, type: string, description: string]>,
): string {
  const header =
    'col_name,col_description,col_type,sort_order,database,schema,name,description,is_view,last_updated_time';
  const lines = rows.map(
    ([table, column, type, description], index) =>
      `${column},"${description}","${type}",${index + 1},shop,sales,${table},"The ${table} table",false,1714561200`,
  );
  return `${header}\n${lines.join('\n')}\n`;
}

export async function importCsv(server: UiServer, integrationId: string, csv: string): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'metadata.csv');
  await callApi(server, `/integration/integrations/${integrationId}/import_metadata`, {
    method: 'POST',
    body: form,
  });
}

export interface CatalogHit {
  id: string;
  title: string;
  title_full: string;
}

export async function findTable(server: UiServer, titleFull: string): Promise<CatalogHit> {
  const filter = JSON.stringify({ operator: 'exact', field: 'title_full', value: titleFull });
  const answer = await callApi<{ results: CatalogHit[] }>(
    server,
    `/resource/catalog?filter=${encodeURIComponent(filter)}`,
  );
  const hit = answer.results[0];
  if (!hit) throw new Error(`no resource with title_full ${titleFull}`);
  return hit;
}

/** Uploads JSONL text (resources and lineage) to an integration as one sync. */
export async function importJsonl(
  server: UiServer,
  integrationId: string,
  resources: string,
  lineages: string,
) {
  const form = new FormData();
  form.append('resources_file', new Blob([resources]), 'resources.jsonl');
  form.append('lineages_file', new Blob([lineages]), 'lineages.jsonl');
  await callApi(server, `/integration/integrations/${integrationId}/import_jsonl_metadata`, {
    method: 'POST',
    body: form,
  });
}

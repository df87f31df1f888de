import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';

/** Flags of `sextant impact`, as commander gives them. */
export interface ImpactFlags {
  server?: string;
  json?: boolean;
  csv?: boolean;
  depth?: string;
  type?: string;
}

/** What the command needs from its surroundings (injectable for tests). */
export interface ImpactIo {
  env: NodeJS.ProcessEnv;
  stdout: Writable;
}

interface CatalogTable {
  id: string;
  title: string;
  title_full: string;
  schema?: string | null;
  database?: string | null;
  native_type?: string | null;
}

interface ImpactAnswer {
  root: { id: string; title_full: string; entity_type: string };
  level: string;
  truncated: boolean;
  count: number;
  results: Array<{ id: string; distance: number; entity_type: string; title_full: string }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function registerImpactCommand(program: Command): void {
  program
    .command('impact')
    .description(
      'list everything downstream of a table or column, with its distance (run it before a schema change)',
    )
    .argument('<target>', 'a resource id, or a name: [db.][schema.]table or db.schema.table.column')
    .option('--server <url>', 'Sextant server (default $SEXTANT_URL or http://127.0.0.1:5440)')
    .option('--depth <n>', 'edges to follow, 1–20', '20')
    .option('--type <entity_type>', 'only list assets of this type (table, column, dashboard, ...)')
    .option('--json', 'print the API answer as JSON')
    .option('--csv', 'print CSV with a header line')
    .action(async (target: string, flags: ImpactFlags) =>
      runImpactCommand(target, flags, { env: process.env, stdout: process.stdout }),
    );
}

/**
 * `sextant impact`: finds the resource (by id, or by name resolved case-insensitively through the catalog API;
 * unknown or ambiguous names are user errors, exit 2) and prints `GET /api/v1/lineage/impact`. The API key
 * comes from SEXTANT_API_KEY, never from a flag (flags end up in shell history).
 */
export async function runImpactCommand(target: string, flags: ImpactFlags, io: ImpactIo): Promise<void> {
  const key = io.env.SEXTANT_API_KEY;
  if (!key) throw new UserError('set SEXTANT_API_KEY to an API key (the viewer role is enough)');
  if (flags.json && flags.csv) throw new UserError('choose one of --json and --csv');
  const api = client(
    (flags.server ?? io.env.SEXTANT_URL ?? 'http://127.0.0.1:5440').replace(/\/+$/, ''),
    key,
  );
  const id = UUID.test(target) ? target : await resolveName(api, target);
  const query = new URLSearchParams({ resource_id: id, depth: flags.depth ?? '20' });
  if (flags.type) query.set('entity_type', flags.type);
  if (flags.csv) {
    query.set('format', 'csv');
    io.stdout.write(await api.text(`/api/v1/lineage/impact?${query}`));
    return;
  }
  const impact = (await api.json(`/api/v1/lineage/impact?${query}`)) as ImpactAnswer;
  io.stdout.write(flags.json ? `${JSON.stringify(impact, null, 2)}\n` : formatImpact(impact));
}

function formatImpact(impact: ImpactAnswer): string {
  const lines = [
    `downstream of ${impact.root.title_full} (${impact.root.entity_type}): ${impact.count} asset${impact.count === 1 ? '' : 's'}` +
      (impact.truncated ? ' (truncated)' : ''),
  ];
  const width = Math.max(8, ...impact.results.map((r) => r.entity_type.length));
  for (const asset of impact.results) {
    lines.push(
      `  ${String(asset.distance).padStart(2)}  ${asset.entity_type.padEnd(width)}  ${asset.title_full}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Resolves `[db.][schema.]table[.column]`: a name of four parts is a column; of one to three parts a table, unless
 * no table matches and the last part can be a column of the table named by the others.
 */
async function resolveName(api: Api, name: string): Promise<string> {
  const parts = name.split('.').filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 4)
    throw new UserError(`"${name}" is not [db.][schema.]table[.column]`);
  if (parts.length < 4) {
    const tables = await findTables(api, parts);
    if (tables.length === 1) return tables[0]!.id;
    if (tables.length > 1) throw ambiguous(name, tables.map(describeCandidate));
    if (parts.length === 1) throw new UserError(`no table named "${name}" in the catalog`);
  }
  const tables = await findTables(api, parts.slice(0, -1));
  if (tables.length > 1) throw ambiguous(parts.slice(0, -1).join('.'), tables.map(describeCandidate));
  if (tables.length === 0) throw new UserError(`no table or column named "${name}" in the catalog`);
  const column = parts.at(-1)!.toLowerCase();
  const columns = (await api.json(`/api/v1/table/columns?parent_id=${tables[0]!.id}&page_size=1000`)) as {
    results: CatalogTable[];
  };
  const found = columns.results.filter((c) => c.title.toLowerCase() === column);
  if (found.length === 1) return found[0]!.id;
  if (found.length > 1) throw ambiguous(name, found.map(describeCandidate));
  throw new UserError(`table ${tables[0]!.title_full} has no column "${parts.at(-1)}"`);
}

/** Live tables whose name (and schema, database when given) match case-insensitively. */
async function findTables(api: Api, parts: string[]): Promise<CatalogTable[]> {
  const [table, schema, database] = [...parts].reverse().map((p) => p.toLowerCase());
  const filter = {
    operator: 'and',
    operands: [
      { operator: 'exact', field: 'entity_type', value: 'table' },
      { operator: 'contains', field: 'title', value: table },
    ],
  };
  const answer = (await api.json(
    `/api/v1/resource/catalog?page_size=1000&filter=${encodeURIComponent(JSON.stringify(filter))}`,
  )) as { results: CatalogTable[] };
  return answer.results.filter(
    (t) =>
      t.title.toLowerCase() === table &&
      (schema === undefined || t.schema?.toLowerCase() === schema) &&
      (database === undefined || t.database?.toLowerCase() === database),
  );
}

/**
 * Names the candidates so that the user can pick one: the same path can be held by two integrations (the demo's
 * warehouse table and its dbt source both are shop.raw.orders), so each comes with its kind and its id.
 */
function ambiguous(name: string, matches: string[]): UserError {
  const shown = matches.slice(0, 10).map((match) => `\n  ${match}`);
  const more = matches.length > 10 ? `\n  … and ${matches.length - 10} more` : '';
  return new UserError(
    `"${name}" is ambiguous: ${matches.length} matches; qualify it or pass one of these ids:${shown.join('')}${more}`,
  );
}

function describeCandidate(resource: CatalogTable): string {
  return `${resource.id}  ${resource.title_full}${resource.native_type ? ` (${resource.native_type})` : ''}`;
}

interface Api {
  json(path: string): Promise<unknown>;
  text(path: string): Promise<string>;
}

function client(server: string, key: string): Api {
  const get = async (path: string): Promise<Response> => {
    let res: Response;
    try {
      res = await fetch(`${server}${path}`, { headers: { authorization: `Bearer ${key}` } });
    } catch (error) {
      throw new UserError(`cannot reach ${server}: ${(error as Error).message}`);
    }
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
      throw new UserError(`${server} answered ${res.status}: ${body.error?.message ?? res.statusText}`);
    }
    return res;
  };
  return { json: async (path) => (await get(path)).json(), text: async (path) => (await get(path)).text() };
}

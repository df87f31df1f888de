import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { limitList, limitText, MAX_RESULT_CHARS } from './truncate-results.js';

/**
 * A GET on Sextant's own HTTP API as the caller: the POST /mcp route injects the request's bearer key into the
 * app, `sextant mcp` sends its key to a server. Every tool goes through it, so a tool sees exactly what the key's
 * role and workspace see through the API, and nothing a route would refuse.
 */
export type CatalogApiGet = (path: string) => Promise<{ status: number; body: unknown }>;

export const MCP_SERVER_NAME = 'sextant';

const Id = z.string().min(1).max(100).describe('a resource id, as search_data_assets returns');
const Limit = (fallback: number, max: number) =>
  z.number().int().min(1).max(max).default(fallback).describe(`most items to return (≤ ${max})`);

/**
 * Sextant's catalog as MCP tools for AI assistants (docs/mcp.md): search, an entity, its lineage, its impact,
 * the glossary.
 * Read-only by design: no tool writes, and none runs SQL. A fresh server per HTTP request or stdio session.
 */
export function createCatalogMcpServer(get: CatalogApiGet, options: { version: string }): McpServer {
  const server = new McpServer({ name: MCP_SERVER_NAME, version: options.version });
  const readOnly = { readOnlyHint: true, openWorldHint: false } as const;

  server.registerTool(
    'search_data_assets',
    {
      title: 'Search data assets',
      description:
        'Full-text search of the data catalog (tables, columns, dashboards, dbt models ...). Returns ids, names, types and short descriptions, best match first.',
      inputSchema: {
        query: z
          .string()
          .min(1)
          .max(500)
          .describe('words to look for in names, descriptions and documentation'),
        entity_type: z.string().max(100).optional().describe('only this type, e.g. table, column, dashboard'),
        limit: Limit(10, 50),
      },
      annotations: readOnly,
    },
    async ({ query, entity_type, limit }) => {
      const params = new URLSearchParams({ q: query, page_size: String(limit) });
      if (entity_type) params.set('entity_type', entity_type);
      return call(get, `/api/v1/search?${params}`, (body) => {
        const answer = body as { count: number; results: Record<string, unknown>[] };
        const results = answer.results.map((hit) => pick(hit, SUMMARY_FIELDS));
        const shown = limitList(results, limit, 'assets', answer.count);
        return { count: answer.count, results: shown.items, note: shown.note };
      });
    },
  );

  server.registerTool(
    'retrieve_entity',
    {
      title: 'Retrieve an entity',
      description:
        'Everything the catalog knows about one resource: description, documentation, owners, tags, custom properties, parent, flags (PII, verified, stale).',
      inputSchema: { id: Id },
      annotations: readOnly,
    },
    async ({ id }) => call(get, `/api/v1/resource/all/${encodeURIComponent(id)}`, (body) => limitText(body)),
  );

  server.registerTool(
    'entity_lineage',
    {
      title: 'Lineage of an entity',
      description:
        'The lineage graph around a resource: its upstream sources and/or downstream consumers up to a depth, at table or column level.',
      inputSchema: {
        id: Id,
        direction: z.enum(['upstream', 'downstream', 'both']).default('both'),
        depth: z.number().int().min(1).max(20).default(3).describe('edges to follow (≤ 20)'),
        level: z
          .enum(['table', 'column'])
          .default('table')
          .describe('column: the column-level graph (give a column id, or a table id for its columns)'),
        limit: Limit(100, 500),
      },
      annotations: readOnly,
    },
    async ({ id, direction, depth, level, limit }) => {
      const params = new URLSearchParams({ resource_id: id, direction, depth: String(depth), level });
      return call(get, `/api/v1/lineage/graph?${params}`, (body) => {
        const graph = body as {
          root: string;
          level: string;
          nodes: Record<string, unknown>[];
          edges: { from: string; to: string }[];
          truncated: boolean;
        };
        // The root first, then the nearest nodes, so a cut keeps what is closest to the question.
        const nodes = [...graph.nodes].sort(
          (a, b) =>
            Number(a.id !== graph.root) - Number(b.id !== graph.root) || distanceOf(a) - distanceOf(b),
        );
        const shown = limitList(
          nodes.map((node) => pick(node, GRAPH_FIELDS)),
          limit,
          'nodes',
        );
        const kept = new Set(shown.items.map((node) => node.id as string));
        const edges = graph.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to));
        const note = graph.truncated
          ? [shown.note, 'the graph was cut at the server’s node limit; lower depth to see all of it']
              .filter(Boolean)
              .join('; ')
          : shown.note;
        return { root: graph.root, level: graph.level, nodes: shown.items, edges, note };
      });
    },
  );

  server.registerTool(
    'impact',
    {
      title: 'Impact of a change',
      description:
        'Every asset downstream of a resource (tables, models, dashboards ...), with its distance: what breaks if this resource changes.',
      inputSchema: {
        id: Id,
        depth: z.number().int().min(1).max(20).optional().describe('edges to follow (default 20)'),
        entity_type: z.string().max(100).optional().describe('only downstream assets of this type'),
        limit: Limit(100, 500),
      },
      annotations: readOnly,
    },
    async ({ id, depth, entity_type, limit }) => {
      const params = new URLSearchParams({ resource_id: id });
      if (depth) params.set('depth', String(depth));
      if (entity_type) params.set('entity_type', entity_type);
      return call(get, `/api/v1/lineage/impact?${params}`, (body) => {
        const impact = body as {
          root: Record<string, unknown>;
          count: number;
          results: Record<string, unknown>[];
        };
        const shown = limitList(
          impact.results.map((asset) => pick(asset, GRAPH_FIELDS)),
          limit,
          'downstream assets',
          impact.count,
        );
        return {
          root: pick(impact.root, GRAPH_FIELDS),
          count: impact.count,
          results: shown.items,
          note: shown.note,
        };
      });
    },
  );

  server.registerTool(
    'glossary',
    {
      title: 'Glossary',
      description:
        'Business terms of the catalog’s glossary with their definitions and synonyms: what a word like "net revenue" means here. Without a query, lists the terms.',
      inputSchema: {
        query: z.string().min(1).max(500).optional().describe('words of the term or its definition'),
        limit: Limit(10, 50),
      },
      annotations: readOnly,
    },
    async ({ query, limit }) => {
      // Search finds terms by title, description and definition; the term itself adds its synonyms.
      const params = query
        ? new URLSearchParams({ q: query, entity_type: 'glossary', page_size: String(limit) })
        : new URLSearchParams({ page_size: String(limit) });
      const listPath = query ? `/api/v1/search?${params}` : `/api/v1/glossary/terms?${params}`;
      const listed = await get(listPath);
      if (listed.status !== 200) return apiError(listed);
      const page = listed.body as { count: number; results: Array<{ id: string }> };
      const terms = await Promise.all(
        page.results.slice(0, limit).map(async (hit) => {
          const term = await get(`/api/v1/glossary/terms/${encodeURIComponent(hit.id)}`);
          return term.status === 200 ? pick(term.body as Record<string, unknown>, TERM_FIELDS) : undefined;
        }),
      );
      const found = terms.filter((term): term is Record<string, unknown> => term !== undefined);
      const shown = limitList(found, limit, 'terms', page.count);
      return textResult({ count: page.count, results: shown.items, note: shown.note });
    },
  );

  return server;
}

const TERM_FIELDS = ['id', 'title', 'definition', 'description', 'synonyms', 'status', 'owners', 'parent_id'];

const SUMMARY_FIELDS = [
  'id',
  'title',
  'title_full',
  'entity_type',
  'description',
  'integration_id',
  'verified',
  'pii',
];
const GRAPH_FIELDS = ['id', 'title', 'title_full', 'entity_type', 'side', 'distance', 'parent_id'];

function distanceOf(node: Record<string, unknown>): number {
  return typeof node.distance === 'number' ? Math.abs(node.distance) : 0;
}

function pick(row: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) if (row[field] !== undefined) out[field] = row[field];
  for (const field of ['description', 'definition'])
    if (typeof out[field] === 'string' && (out[field] as string).length > 300)
      out[field] = `${(out[field] as string).slice(0, 300)}… (shortened; retrieve_entity has all of it)`;
  return out;
}

/** Calls the API and shapes its answer as a tool result; an API error becomes a tool error with its message. */
async function call(
  get: CatalogApiGet,
  path: string,
  shape: (body: unknown) => unknown,
): Promise<CallToolResult> {
  const answer = await get(path);
  return answer.status === 200 ? textResult(shape(answer.body)) : apiError(answer);
}

function apiError(answer: { status: number; body: unknown }): CallToolResult {
  const error = (answer.body as { error?: { code?: string; message?: string } })?.error;
  return {
    isError: true,
    content: [
      {
        type: 'text',
        text: `${error?.message ?? 'the catalog refused the request'} (HTTP ${answer.status}${error?.code ? `, ${error.code}` : ''})`,
      },
    ],
  };
}

function textResult(value: unknown): CallToolResult {
  let text = JSON.stringify(value, null, 1);
  if (text.length > MAX_RESULT_CHARS)
    text = `${text.slice(0, MAX_RESULT_CHARS)}\n… truncated at ${MAX_RESULT_CHARS} characters: ask for fewer items (limit) or a smaller depth`;
  return { content: [{ type: 'text', text }] };
}

/** Serves the tools over this process's stdin/stdout until the client closes them (`sextant mcp`). */
export async function serveCatalogMcpOverStdio(
  get: CatalogApiGet,
  options: { version: string },
): Promise<void> {
  const server = createCatalogMcpServer(get, options);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  await new Promise<void>((resolve) => {
    server.server.onclose = resolve;
    process.stdin.once('end', resolve);
  });
  await server.close();
}

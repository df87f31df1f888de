import { readFileSync } from 'node:fs';
import type { Access } from '../plugins/auth.js';
import type { RouteInfo } from '../route-inventory.js';
import type { JsonSchema } from './schema-arbitrary.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

/** The multipart fields of an upload route (openapi.json describes uploads in prose only). */
export interface MultipartFields {
  files: string[];
  texts: string[];
}

/** One operation of openapi.json, joined with the access its route requires (from the route inventory). */
export interface Operation {
  method: string;
  /** The OpenAPI path, e.g. `/api/v1/tag/{id}`. */
  path: string;
  access: Access;
  parameters: Parameter[];
  body: JsonSchema | undefined;
  multipart: MultipartFields | undefined;
}

/**
 * Upload routes and their fields. The fuzz test checks that these are exactly the operations that answer 415
 * and declare no JSON body, so a new upload route cannot slip past without being fuzzed.
 */
export const MULTIPART_ROUTES: Record<string, MultipartFields> = {
  'POST /api/v1/integration/integrations/{id}/import_metadata': { files: ['file'], texts: [] },
  'POST /api/v1/integration/integrations/{id}/import_jsonl_metadata': {
    files: ['resources_file', 'lineages_file'],
    texts: [],
  },
  'POST /api/v1/integration/dbt/{id}/upload_artifacts': {
    files: ['manifest', 'run_results', 'catalog'],
    texts: [],
  },
  'POST /api/v1/integration/dbt/manifest': { files: ['manifest_file'], texts: ['integration'] },
  'POST /api/v1/integration/dbt/run_result': { files: ['run_result_file'], texts: ['integration'] },
  'POST /api/v1/resource/import': { files: ['file'], texts: [] },
  'POST /api/v1/marketplace/integrations': {
    files: ['code', 'icon'],
    texts: ['name', 'description', 'category', 'credential_fields', 'allowed_endpoints'],
  },
  'POST /api/v1/marketplace/integrations/{id}/versions': {
    files: ['code'],
    texts: ['credential_fields', 'allowed_endpoints'],
  },
};

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema: JsonSchema }>;
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
}

export function readOpenApi(): { paths: Record<string, Record<string, OpenApiOperation>> } {
  return JSON.parse(readFileSync(new URL('../../../../../openapi.json', import.meta.url), 'utf8'));
}

/** Every operation of the committed openapi.json; the access of each comes from the app's own route table. */
export function listOperations(routes: RouteInfo[]): Operation[] {
  const access = new Map(routes.map((r) => [`${r.method} ${r.url}`, r.access]));
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(readOpenApi().paths)) {
    for (const [lower, op] of Object.entries(methods)) {
      const method = lower.toUpperCase();
      const url = path.replace(/\{([^}]+)\}/g, ':$1');
      const required = access.get(`${method} ${url}`);
      if (!required) throw new Error(`openapi.json has ${method} ${path}, which the app does not route`);
      operations.push({
        method,
        path,
        access: required,
        parameters: (op.parameters ?? []).map((p) => ({
          name: p.name,
          in: p.in as 'path' | 'query',
          required: p.required ?? false,
          schema: p.schema,
        })),
        body: op.requestBody?.content['application/json']?.schema,
        multipart: MULTIPART_ROUTES[`${method} ${path}`],
      });
    }
  }
  return operations;
}

/** Operations that look like uploads in openapi.json: they answer 415 and declare no JSON body. */
export function uploadLikeOperations(): string[] {
  const out: string[] = [];
  for (const [path, methods] of Object.entries(readOpenApi().paths)) {
    for (const [lower, op] of Object.entries(methods)) {
      if (op.responses['415'] && !op.requestBody) out.push(`${lower.toUpperCase()} ${path}`);
    }
  }
  return out.sort();
}

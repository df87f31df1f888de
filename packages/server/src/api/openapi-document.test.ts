import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generateOpenApiDocument } from './openapi-document.js';
import { deriveOperationId } from './operation-ids.js';

test('the committed openapi.json matches the routes (run `npm run openapi` after changing a route)', async () => {
  const committed = JSON.parse(readFileSync(new URL('../../../../openapi.json', import.meta.url), 'utf8'));
  const generated = JSON.parse(JSON.stringify(await generateOpenApiDocument()));
  expect(Object.keys(generated.paths).sort()).toEqual(Object.keys(committed.paths).sort());
  expect(generated).toEqual(committed);
});

test('every API operation documents its responses', async () => {
  const document = (await generateOpenApiDocument()) as {
    paths: Record<string, Record<string, { responses?: object }>>;
  };
  for (const [path, operations] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/')) continue;
    for (const [method, operation] of Object.entries(operations)) {
      expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
    }
  }
});

test('every operation has an operationId, unique in the document (generated clients name their calls after it)', () => {
  const document = JSON.parse(readFileSync(new URL('../../../../openapi.json', import.meta.url), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const ids: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      expect(operation.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z0-9]+$/);
      ids.push(operation.operationId!);
    }
  }
  expect(ids.length).toBeGreaterThan(100);
  expect(new Set(ids).size).toBe(ids.length);
  expect(deriveOperationId('GET', '/api/v1/resource/all/:id')).toBe('getResourceAllById');
  expect(deriveOperationId('PUT', '/api/v1/resource/all_v2/custom_properties/:property_id/:entity_id')).toBe(
    'putResourceAllV2CustomPropertiesByPropertyIdByEntityId',
  );
});

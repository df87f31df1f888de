import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { generateOpenApiDocument } from './openapi-document.js';

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

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations (it is run by `npm run api-types`).
import { API_TYPES_FILE, generateApiTypes } from '../scripts/generate-api-types.mjs';

describe('generated API types', () => {
  // openapi-typescript over the whole document takes seconds on a loaded machine.
  test('src/api/openapi-types.ts is what openapi.json generates now', { timeout: 120_000 }, async () => {
    const fresh: string = await generateApiTypes();
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    expect(fresh.length).toBeGreaterThan(10_000);
    // On failure: openapi.json changed without the web types; run `npm run api-types -w @sextant/web`.
    expect(
      committed === fresh,
      'src/api/openapi-types.ts is stale: run `npm run api-types -w @sextant/web`',
    ).toBe(true);
  });
});

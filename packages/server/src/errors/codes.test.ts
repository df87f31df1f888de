import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ERROR_CODES } from './codes.js';

// docs/errors.md is the user-facing list of error codes; it must name exactly the codes the server can answer.
test('docs/errors.md documents exactly the error codes in errors/codes.ts', () => {
  const doc = readFileSync(new URL('../../../../docs/errors.md', import.meta.url), 'utf8');
  const documented = [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
  expect([...documented].sort()).toEqual([...ERROR_CODES].sort());
});

// `npm run api-types -w @sextant/client` (also run by the root `npm run openapi`): writes src/openapi-types.ts from
// the repository's openapi.json with openapi-typescript, formatted by the repository's Biome so it passes
// `biome check` as committed. The web UI imports these types from `@sextant/client` rather than keeping a copy.
// `--check` exits 1 when the committed file differs from a fresh generation; src/client.test.ts does the same.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OPENAPI_FILE = fileURLToPath(new URL('../../../openapi.json', import.meta.url));
export const CLIENT_TYPES_FILE = fileURLToPath(new URL('../src/openapi-types.ts', import.meta.url));
const BIOME = fileURLToPath(new URL('../../../node_modules/.bin/biome', import.meta.url));

const HEADER = `/**
 * Generated from openapi.json by openapi-typescript: \`npm run api-types -w @sextant/client\`. Do not edit.
 */

`;

/** The text of src/openapi-types.ts for an OpenAPI document (the repository's by default). */
export async function generateClientTypes(openapiFile = OPENAPI_FILE) {
  const document = JSON.parse(readFileSync(openapiFile, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false });
  const text =
    HEADER + astToString(ast).replace(/^\/\*\*\n \* This file was auto-generated[\s\S]*?\*\/\n\n/, '');
  return execFileSync(BIOME, ['format', '--stdin-file-path=packages/client/src/openapi-types.ts'], {
    cwd: ROOT,
    input: text,
    encoding: 'utf8',
    // Biome's notes about its own configuration go nowhere; a failure still throws with them.
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? OPENAPI_FILE;
  const generated = await generateClientTypes(source);
  if (process.argv.includes('--check')) {
    if (readFileSync(CLIENT_TYPES_FILE, 'utf8') !== generated) {
      console.error('packages/client/src/openapi-types.ts is stale: run `npm run openapi`');
      process.exit(1);
    }
  } else {
    writeFileSync(CLIENT_TYPES_FILE, generated);
    console.log(`${CLIENT_TYPES_FILE}: ${generated.split('\n').length} lines from ${source}`);
  }
}

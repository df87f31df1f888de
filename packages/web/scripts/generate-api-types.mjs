// `npm run api-types -w @sextant/web`: writes src/api/openapi-types.ts from the repository's openapi.json with
// openapi-typescript, formatted by the repository's Biome so it passes `biome check` as committed.
// `--check` exits 1 when the committed file differs from a fresh generation; test/api-types.test.ts does the same.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const OPENAPI_FILE = fileURLToPath(new URL('../../../openapi.json', import.meta.url));
export const API_TYPES_FILE = fileURLToPath(new URL('../src/api/openapi-types.ts', import.meta.url));
const BIOME = fileURLToPath(new URL('../../../node_modules/.bin/biome', import.meta.url));

const HEADER = `/**
 * Generated from openapi.json by openapi-typescript: \`npm run api-types -w @sextant/web\`. Do not edit; the app
 * names the shapes it reads in ./types.ts.
 */

`;

/** The text of src/api/openapi-types.ts for an OpenAPI document (the repository's by default). */
export async function generateApiTypes(openapiFile = OPENAPI_FILE) {
  const document = JSON.parse(readFileSync(openapiFile, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: false });
  const text =
    HEADER + astToString(ast).replace(/^\/\*\*\n \* This file was auto-generated[\s\S]*?\*\/\n\n/, '');
  return execFileSync(BIOME, ['format', '--stdin-file-path=packages/web/src/api/openapi-types.ts'], {
    cwd: ROOT,
    input: text,
    encoding: 'utf8',
    // Biome's notes about its own configuration go nowhere; a failure still throws with them.
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const isCheck = process.argv.includes('--check');
  const source = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? OPENAPI_FILE;
  const generated = await generateApiTypes(source);
  if (isCheck) {
    if (readFileSync(API_TYPES_FILE, 'utf8') !== generated) {
      console.error('src/api/openapi-types.ts is out of date: run `npm run api-types -w @sextant/web`');
      process.exit(1);
    }
  } else {
    writeFileSync(API_TYPES_FILE, generated);
    console.log(`${API_TYPES_FILE}: ${generated.split('\n').length} lines from ${source}`);
  }
}

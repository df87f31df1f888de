// `npm run api-types -w @sextant/client` (also run by the root `npm run openapi`): writes src/openapi-types.ts from
// the repository's openapi.json, with the same openapi-typescript generation as the web UI's types.
// `--check` exits 1 when the committed file differs from a fresh generation.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateApiTypes } from '../../web/scripts/generate-api-types.mjs';

export const CLIENT_TYPES_FILE = fileURLToPath(new URL('../src/openapi-types.ts', import.meta.url));

/** The web UI's generated text with this package's header. */
export async function generateClientTypes() {
  const text = await generateApiTypes();
  return text.replace(
    /^\/\*\*[\s\S]*?\*\/\n/,
    '/**\n * Generated from openapi.json by openapi-typescript: `npm run api-types -w @sextant/client`. Do not edit.\n */\n',
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const generated = await generateClientTypes();
  if (process.argv.includes('--check')) {
    if (readFileSync(CLIENT_TYPES_FILE, 'utf8') !== generated) {
      console.error('packages/client/src/openapi-types.ts is stale: run `npm run openapi`');
      process.exit(1);
    }
  } else {
    writeFileSync(CLIENT_TYPES_FILE, generated);
    console.log(`${CLIENT_TYPES_FILE}: ${generated.split('\n').length} lines from openapi.json`);
  }
}

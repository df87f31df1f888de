// `npm run openapi` rewrites openapi.json from the route schemas, then the web UI's generated API types from it
// (a test fails when either is out of date).
import { writeFileSync } from 'node:fs';
import { generateOpenApiDocument } from '../packages/server/src/api/openapi-document.js';

const document = await generateOpenApiDocument();
writeFileSync(new URL('../openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
console.log(`openapi.json: ${Object.keys(document.paths as object).length} paths`);

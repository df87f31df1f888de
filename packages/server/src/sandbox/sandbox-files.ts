import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether the server runs from its TypeScript sources (tests, tsx) rather than from its build. */
export const isSource = import.meta.url.endsWith('.ts');

/**
 * The folder of the sandbox's own files: the sandbox process's entry (`child/`) and the isolate-side sources
 * (`isolate/`). They sit beside this module in the server's `src/` or `dist/`, and beside the CLI's esbuild
 * bundle, which puts them there (packages/cli/scripts/bundle.mjs). Another bundle that has no copies of them
 * takes them from the installed @sextant/server package.
 */
export const SANDBOX_DIR = findSandboxDir();

function findSandboxDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, 'child'))) return here;
  const serverEntry = createRequire(import.meta.url).resolve('@sextant/server');
  return path.join(path.dirname(serverEntry), 'sandbox');
}

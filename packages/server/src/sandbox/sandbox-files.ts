import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether the server runs from its TypeScript sources (tests, tsx) rather than from its build. */
export const isSource = import.meta.url.endsWith('.ts');

/**
 * The folder of the sandbox's own files: the sandbox process's entry (`child/`) and the isolate-side sources
 * (`isolate/`). They sit beside this module in the server's `src/` or `dist/`. In an application bundle (the
 * CLI ships as one esbuild bundle) this module's code was copied elsewhere and nothing sits beside it, so the
 * files are taken from the installed @sextant/server package instead.
 */
export const SANDBOX_DIR = findSandboxDir();

function findSandboxDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (existsSync(path.join(here, 'child'))) return here;
  const serverEntry = createRequire(import.meta.url).resolve('@sextant/server');
  return path.join(path.dirname(serverEntry), 'sandbox');
}

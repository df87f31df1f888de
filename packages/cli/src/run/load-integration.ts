import { access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RunResult, StartOptions } from '@sextant/sdk';
import { register } from 'tsx/esm/api';
import { UserError } from '../run-cli.js';

/**
 * What `sextant run` needs of an integration. Checked by shape, not `instanceof`: the file may import its
 * own copy of @sextant/sdk (installed in the author's folder), whose class is not the CLI's.
 */
export interface RunnableIntegration {
  start(options: StartOptions<object>): Promise<RunResult>;
}

/**
 * Imports an integration file (TypeScript through tsx, no build step) and returns its default export: an
 * instance as is, a class instantiated with no arguments (`start()` receives the credentials).
 */
export async function loadIntegration(file: string): Promise<RunnableIntegration> {
  const absolute = path.resolve(file);
  try {
    await access(absolute);
  } catch {
    throw new UserError(`integration file not found: ${file}`);
  }
  const unregister = register();
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(absolute).href)) as { default?: unknown };
  } finally {
    await unregister();
  }
  return toRunnable(module.default, file);
}

function toRunnable(exported: unknown, file: string): RunnableIntegration {
  const expectation = 'must `export default` an Integration subclass (or an instance of one)';
  if (exported === undefined) throw new UserError(`${file} has no default export; it ${expectation}`);
  const candidate =
    typeof exported === 'function' ? construct(exported as new () => unknown, file) : exported;
  if (typeof (candidate as RunnableIntegration | null)?.start !== 'function') {
    throw new UserError(`${file}: the default export has no start() method; the file ${expectation}`);
  }
  return candidate as RunnableIntegration;
}

function construct(IntegrationClass: new () => unknown, file: string): unknown {
  try {
    return new IntegrationClass();
  } catch (error) {
    if (error instanceof TypeError && /abstract|class constructor|not a constructor/i.test(error.message)) {
      throw new UserError(`${file}: the default export cannot be constructed (${error.message})`);
    }
    throw error;
  }
}

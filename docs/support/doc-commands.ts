import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RunningServer } from '@sextant/server';

/** The ```sh blocks of a doc in docs/ that call curl, in order. */
export function curlBlocksOf(docFile: string): string[] {
  const doc = readFileSync(join(import.meta.dirname, '..', docFile), 'utf8');
  return [...doc.matchAll(/```sh\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((block) => block.includes('curl'));
}

/**
 * Runs a doc's shell block as a reader would after setting $SEXTANT and $SEXTANT_API_KEY (plus `vars`, e.g.
 * the `ID` a previous block printed), in bash with `set -euo pipefail`; `curl -s` becomes
 * `curl -sS --fail-with-body` so an error answer fails the block. Returns what it printed.
 * Asynchronous on purpose: the server answers from this same process, so a blocking child would deadlock it.
 */
export async function runDocBlock(
  block: string,
  options: { server: RunningServer; cwd: string; vars?: Record<string, string> },
): Promise<string> {
  const env = {
    ...process.env,
    SEXTANT: options.server.url,
    SEXTANT_API_KEY: options.server.bootstrap!.apiKey,
    ...options.vars,
  };
  const command = block.replaceAll('curl -s', 'curl -sS --fail-with-body');
  const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', command], {
    cwd: options.cwd,
    env,
    encoding: 'utf8',
  });
  return stdout;
}

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root, where `node_modules/tsx` and the CLI sources are. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

// Resolved here, not by the child, so that the child can run in a folder without node_modules/tsx.
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** What a `sextant` process did. */
export interface SextantProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `sextant` command in a child process, from the CLI's sources (tsx, `source` export
 * condition), so tests need no build. `env` is added to a copy of this process's environment.
 */
export function runSextant(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}) {
  const main = path.join(REPO_ROOT, 'packages/cli/src/main.ts');
  const child = spawn(process.execPath, ['--conditions=source', '--import', TSX_LOADER, main, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, SEXTANT_API_KEY: '', ...options.env },
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise<SextantProcessResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() }),
    );
  });
}

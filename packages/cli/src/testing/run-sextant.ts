import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository's root: the child runs there, so relative paths in `args` start at it. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../../..');
const MAIN = path.join(REPO_ROOT, 'packages/cli/src/main.ts');

/**
 * Runs the real `sextant` from its sources in a child process, as a user would (exit codes are part of the
 * contract), with `env` over this process's environment; answers its exit code and everything it printed.
 */
export function runSextant(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', MAIN, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

import { Command } from 'commander';
import { vi } from 'vitest';
import { runCli } from '../run-cli.js';

/**
 * Runs `sextant ARGS` in this process (cheaper than a child), with the commands `register` adds, and answers its
 * output and exit code. The process's exit code is put back afterwards, so a failing command fails no test run.
 */
export async function runInProcess(
  register: (program: Command) => void,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command('sextant').exitOverride();
  register(program);
  const out = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk) => {
      out[stream] += String(chunk);
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  const before = process.exitCode;
  try {
    await runCli(program, ['node', 'sextant', ...args]);
    return { code: Number(process.exitCode ?? 0), ...out };
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.exitCode = before;
  }
}

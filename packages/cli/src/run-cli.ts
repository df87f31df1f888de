import type { Command } from 'commander';

/** An error the user can fix (bad flag, missing file): printed without a stack trace, exit code 2. */
export class UserError extends Error {
  override name = 'UserError';
}

/**
 * Runs the program and turns failures into exit codes: a `UserError` is the user's to fix (message only,
 * exit 2); anything else is a bug (stack trace, exit 1).
 */
export async function runCli(program: Command, argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(`sextant: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`sextant: unexpected error\n${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
}

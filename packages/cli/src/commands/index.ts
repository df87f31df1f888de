import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every sub-command, loaded on demand: a command's module pulls in its whole stack (the server, the SQL parser's
 * WASM, the SDK's schemas), so `sextant lineage` should not pay for the server, nor `sextant serve` for the parser.
 * One line per command file.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  serve: () => import('./serve.js').then((m) => m.registerServeCommand),
  token: () => import('./token.js').then((m) => m.registerTokenCommand),
  migrate: () => import('./migrate.js').then((m) => m.registerMigrateCommand),
  run: () => import('./run.js').then((m) => m.registerRunCommand),
  lineage: () => import('./lineage.js').then((m) => m.registerLineageCommand),
  dbt: () => import('./dbt.js').then((m) => m.registerDbtCommand),
  impact: () => import('./impact.js').then((m) => m.registerImpactCommand),
  import: () => import('./import.js').then((m) => m.registerImportCommand),
  export: () => import('./export.js').then((m) => m.registerExportCommand),
  mcp: () => import('./mcp.js').then((m) => m.registerMcpCommand),
  backup: () => import('./backup.js').then((m) => m.registerBackupCommand),
  restore: () => import('./restore.js').then((m) => m.registerRestoreCommand),
};

/**
 * Registers the command named in `argv` (the first argument after the script), or every command when none is
 * named or for help, so `sextant --help` still lists them all.
 */
export async function registerCommands(
  program: Command,
  argv: readonly string[] = process.argv,
): Promise<void> {
  const name = argv[2];
  const names = name !== undefined && Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((n) => COMMANDS[n]!()))) register(program);
}

import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  type AnalysisResult,
  type AnalyzeOptions,
  analyze,
  DIALECT_NAMES,
  findDialect,
  type SchemaMap,
} from '@sextant/sql-lineage';
import type { Command } from 'commander';
import { UserError } from '../run-cli.js';

/** Flags of `sextant lineage`, as commander gives them. */
export interface LineageFlags {
  dialect: string;
  defaultDatabase?: string;
  defaultSchema?: string;
  schema?: string;
  json?: boolean;
  batch?: boolean;
}

/** Where the command reads and writes (injectable for tests). */
export interface LineageIo {
  stdin: Readable;
  stdout: Writable;
}

export function registerLineageCommand(program: Command): void {
  program
    .command('lineage')
    .description('table- and column-level lineage of SQL (a file, or stdin with "-")')
    .argument('[file]', 'SQL file, or "-" for stdin')
    .option('--dialect <dialect>', `SQL dialect: ${DIALECT_NAMES.join(', ')}`, 'ansi')
    .option('--default-database <name>', 'database of unqualified tables')
    .option('--default-schema <name>', 'schema of unqualified tables')
    .option('--schema <file.json>', 'known columns: {"schema.table": ["col", ...]}')
    .option('--json', 'print the result as JSON')
    .option(
      '--batch',
      'read JSON lines {id, sql, dialect, default_database, default_schema, schema} from stdin',
    )
    .action(async (file: string | undefined, flags: LineageFlags) =>
      runLineageCommand(file, flags, { stdin: process.stdin, stdout: process.stdout }),
    );
}

/** Runs `sextant lineage`: one script (human-readable or `--json`), or `--batch` JSON lines. */
export async function runLineageCommand(
  file: string | undefined,
  flags: LineageFlags,
  io: LineageIo,
): Promise<void> {
  if (!findDialect(flags.dialect)) {
    throw new UserError(`unknown --dialect "${flags.dialect}"; one of: ${DIALECT_NAMES.join(', ')}`);
  }
  if (flags.batch) {
    if (file && file !== '-') throw new UserError('--batch reads JSON lines from stdin; do not give a FILE');
    return runBatch(io);
  }
  const sql = await readSql(file, io.stdin);
  const options: AnalyzeOptions = {
    dialect: flags.dialect,
    ...(flags.defaultDatabase && { defaultDatabase: flags.defaultDatabase }),
    ...(flags.defaultSchema && { defaultSchema: flags.defaultSchema }),
    ...(flags.schema && { schema: await readSchemaFile(flags.schema) }),
  };
  const result = analyze(sql, options);
  io.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : formatHuman(result));
}

async function readSql(file: string | undefined, stdin: Readable): Promise<string> {
  if (file && file !== '-') {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      throw new UserError(`cannot read SQL file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
    }
  }
  if ((stdin as { isTTY?: boolean }).isTTY) throw new UserError('give a SQL FILE, or pipe SQL into "-"');
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

async function readSchemaFile(file: string): Promise<SchemaMap> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(
      `cannot read --schema file ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  try {
    return checkSchema(JSON.parse(text), `--schema file ${file}`);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}

/** Checks the `{"schema.table": ["col", ...]}` shape; the message names the offending key. */
function checkSchema(value: unknown, where: string): SchemaMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: expected an object {"schema.table": ["col", ...]}`);
  }
  for (const [table, columns] of Object.entries(value)) {
    if (!Array.isArray(columns) || !columns.every((c) => typeof c === 'string')) {
      throw new Error(`${where}: "${table}" must be a list of column names`);
    }
  }
  return value as SchemaMap;
}

/**
 * `--batch`: one JSON object per input line, one `{"id", ...result}` line out per input line, in order. A bad
 * line gives a result with an `invalid_input` error naming the line, and the batch goes on.
 */
async function runBatch(io: LineageIo): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let pending: string[] = [];
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    pending.push(JSON.stringify(analyzeBatchLine(line, lineNumber)));
    if (pending.length >= 256) {
      await write(io.stdout, `${pending.join('\n')}\n`);
      pending = [];
    }
  }
  if (pending.length > 0) await write(io.stdout, `${pending.join('\n')}\n`);
}

function analyzeBatchLine(line: string, lineNumber: number): { id: unknown } & AnalysisResult {
  let input: Record<string, unknown>;
  try {
    input = JSON.parse(line);
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      throw new Error('not a JSON object');
    if (typeof input.sql !== 'string') throw new Error('"sql" must be a string');
    const schema =
      input.schema === undefined || input.schema === null ? undefined : checkSchema(input.schema, '"schema"');
    return {
      id: input.id ?? null,
      ...analyze(input.sql, {
        dialect: typeof input.dialect === 'string' ? input.dialect : 'ansi',
        ...(typeof input.default_database === 'string' && { defaultDatabase: input.default_database }),
        ...(typeof input.default_schema === 'string' && { defaultSchema: input.default_schema }),
        ...(schema && { schema }),
      }),
    };
  } catch (error) {
    const message = `batch line ${lineNumber}: ${(error as Error).message}`;
    const id = (() => {
      try {
        return JSON.parse(line)?.id ?? null;
      } catch {
        return null;
      }
    })();
    return {
      id,
      statements: [],
      sources: [],
      targets: [],
      intermediates: [],
      sourceTables: [],
      targetTables: [],
      intermediateTables: [],
      columns: [],
      errors: [{ severity: 'error', code: 'invalid_input', message, line: lineNumber, column: 1 }],
    };
  }
}

function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (error) => (error ? reject(error) : resolve())));
}

/** The human-readable report: tables, then column edges grouped by target column, then problems. */
export function formatHuman(result: AnalysisResult): string {
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : '(none)');
  const out = [
    `statements:    ${result.statements.length}`,
    `sources:       ${list(result.sources)}`,
    `targets:       ${list(result.targets)}`,
    `intermediates: ${list(result.intermediates)}`,
  ];
  if (result.columns.length > 0) out.push('columns:');
  for (const edge of result.columns) {
    const from = `${edge.from.table ?? '(result)'}.${edge.from.column}`;
    const to = `${edge.to.table ?? '(result)'}.${edge.to.column}`;
    out.push(`  ${to} <- ${from}${edge.kind === 'indirect' ? '  (indirect)' : ''}`);
  }
  for (const error of result.errors) {
    out.push(
      `${error.severity} at line ${error.line}, column ${error.column}: ${error.message} [${error.code}]`,
    );
  }
  return `${out.join('\n')}\n`;
}

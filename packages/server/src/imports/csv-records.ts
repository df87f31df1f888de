import { pipeline, Readable } from 'node:stream';
import type { Resource } from '@sextant/sdk';
import { CsvError, type Info, parse } from 'csv-parse';
import { InputError, SextantError } from '../errors/index.js';
import type { RunRecord, SyncProblem } from '../sync/sync-types.js';
import { type CsvRow, csvTableKey, readCsvRow, tableLevelValues } from './csv-row.js';
import { importLimits, TextLineSplitter } from './text-lines.js';

/**
 * Reads a metadata CSV (compat §4) with csv-parse, streaming, and yields database, schema, table and column
 * resources with stable ids (`db`, `db.schema`, `db.schema.table`, `db.schema.table.column`). Each database,
 * schema and table is declared once, at its first row; a later row of the same table with different table-level
 * values is a problem naming both lines. Memory grows with the number of tables, not rows.
 */
export async function* readCsvRecords(input: Readable, options: { file: string }): AsyncGenerator<RunRecord> {
  const limits = importLimits();
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: false,
    max_record_size: limits.maxLineBytes,
  });
  // The bytes pass the same UTF-8 and line-length checks as JSONL lines before csv-parse sees them (it would
  // decode invalid UTF-8 silently); a failed check destroys the parser with the check's error.
  pipeline(
    Readable.from(checkedChunks(input, new TextLineSplitter(options.file, limits.maxLineBytes))),
    parser,
    () => {},
  );
  const declared = new Set<string>();
  const tables = new Map<string, { line: number; values: string }>();
  let header: string[] | undefined;
  const problem = (line: number, field: string, message: string): RunRecord => ({
    kind: 'problem',
    problem: { file: options.file, line, field, message } satisfies SyncProblem,
  });
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      const line = info.lines;
      if (!header) {
        header = record.map((name) => name.trim().toLowerCase());
        const problems = checkHeader(header);
        for (const message of problems) yield problem(line, '', message);
        if (problems.length > 0) return;
        continue;
      }
      const parsed = readCsvRow(header, record, limits.maxFieldBytes);
      if ('problems' in parsed) {
        for (const p of parsed.problems) yield problem(line, p.field, p.message);
        continue;
      }
      yield* declareRow(parsed.row, { line, file: options.file, declared, tables, problem });
    }
  } catch (error) {
    if (error instanceof SextantError) throw error;
    const lines = (error as { lines?: number }).lines ?? 0;
    if (error instanceof CsvError && error.code === 'CSV_MAX_RECORD_SIZE') {
      throw new InputError(
        'invalid_file',
        `${options.file}: the record at line ${lines} is longer than ${limits.maxLineBytes} bytes (SEXTANT_IMPORT_MAX_LINE_BYTES)`,
        { file: options.file, line: lines, limit: limits.maxLineBytes },
      );
    }
    yield problem(lines, '', `is not valid CSV (${(error as Error).message})`);
  }
  if (!header) yield problem(1, '', 'the file is empty: expected a header line');
}

/** The input's chunks, unchanged, once the splitter has checked them (lines are not needed here, only checks). */
async function* checkedChunks(input: Readable, splitter: TextLineSplitter): AsyncGenerator<Buffer> {
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    splitter.push(bytes);
    yield bytes;
  }
  splitter.end();
}

const REQUIRED = ['database', 'schema', 'name', 'col_name'];
const KNOWN = new Set([
  ...REQUIRED,
  'col_description',
  'col_type',
  'sort_order',
  'col_sort_order',
  'description',
  'is_view',
  'last_updated_time',
]);

function checkHeader(header: string[]): string[] {
  const missing = REQUIRED.filter((name) => !header.includes(name)).map(
    (name) => `the header lacks the column "${name}"`,
  );
  const unknown = header
    .filter((name) => !KNOWN.has(name))
    .map((name) => `the header has an unknown column "${name}"`);
  return [...missing, ...unknown];
}

interface DeclareContext {
  line: number;
  file: string;
  declared: Set<string>;
  tables: Map<string, { line: number; values: string }>;
  problem: (line: number, field: string, message: string) => RunRecord;
}

function* declareRow(row: CsvRow, ctx: DeclareContext): Generator<RunRecord> {
  const origin = { file: ctx.file, line: ctx.line };
  const resource = (value: Resource): RunRecord => ({ kind: 'resource', value, origin });
  const dbId = row.database;
  const schemaId = `${dbId}.${row.schema}`;
  const tableId = csvTableKey(row);
  if (!ctx.declared.has(dbId)) {
    ctx.declared.add(dbId);
    yield resource({ entity_type: 'database', databuilder_id: dbId, title: row.database });
  }
  if (!ctx.declared.has(schemaId)) {
    ctx.declared.add(schemaId);
    yield resource({
      entity_type: 'schema',
      databuilder_id: schemaId,
      parent_databuilder_id: dbId,
      title: row.schema,
      database: row.database,
    });
  }
  const values = JSON.stringify(tableLevelValues(row));
  const seen = ctx.tables.get(tableId);
  if (seen === undefined) {
    ctx.tables.set(tableId, { line: ctx.line, values });
    yield resource({
      entity_type: 'table',
      databuilder_id: tableId,
      parent_databuilder_id: schemaId,
      title: row.name,
      schema: row.schema,
      database: row.database,
      description: row.description,
      native_type: row.isView ? 'view' : 'table',
      external_updated_at: row.lastUpdated,
    });
  } else if (seen.values !== values) {
    yield ctx.problem(
      ctx.line,
      'description, is_view, last_updated_time',
      `table "${tableId}" has different table-level values on line ${seen.line} and line ${ctx.line}`,
    );
  }
  if (row.column === '') return;
  yield resource({
    entity_type: 'column',
    databuilder_id: `${tableId}.${row.column}`,
    parent_databuilder_id: tableId,
    title: row.column,
    description: row.columnDescription,
    type: row.columnType,
    sort_order: row.sortOrder,
  });
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserError } from '../run-cli.js';
import { type LineageFlags, runLineageCommand } from './lineage.js';

/** Runs the command with real streams and returns what it printed. */
async function run(file: string | undefined, flags: Partial<LineageFlags>, stdin = ''): Promise<string> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk) => chunks.push(chunk));
  await runLineageCommand(file, { dialect: 'ansi', ...flags }, { stdin: Readable.from([stdin]), stdout });
  return Buffer.concat(chunks).toString('utf8');
}

const dir = mkdtempSync(join(tmpdir(), 'sextant-lineage-'));
const sqlFile = join(dir, 'load.sql');
writeFileSync(
  sqlFile,
  'INSERT INTO mart.orders (id, total)\nSELECT o.id, o.amount FROM raw.orders o WHERE o.ok;\n',
);

describe('sextant lineage', () => {
  it('prints a human-readable report for a file', async () => {
    const out = await run(sqlFile, {});
    expect(out).toContain('sources:       raw.orders');
    expect(out).toContain('targets:       mart.orders');
    expect(out).toContain('mart.orders.total <- raw.orders.amount');
    expect(out).toContain('mart.orders.total <- raw.orders.ok  (indirect)');
  });

  it('prints the JSON contract with --json, reading "-" from stdin, with defaults and a schema file', async () => {
    const schemaFile = join(dir, 'schema.json');
    writeFileSync(schemaFile, JSON.stringify({ 'public.src': ['a', 'b'] }));
    const out = await run(
      '-',
      { json: true, defaultSchema: 'public', schema: schemaFile },
      'INSERT INTO dst SELECT * FROM src',
    );
    const result = JSON.parse(out);
    expect(result.sources).toEqual(['public.src']);
    expect(result.targets).toEqual(['public.dst']);
    expect(result.statements[0].sources).toEqual(['public.src']);
    expect(result.columns).toEqual([
      {
        from: { table: 'public.src', column: 'a' },
        to: { table: 'public.dst', column: 'a' },
        kind: 'direct',
      },
      {
        from: { table: 'public.src', column: 'b' },
        to: { table: 'public.dst', column: 'b' },
        kind: 'direct',
      },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('answers one line per --batch input line, in order, and reports a bad line without stopping', async () => {
    const input = [
      JSON.stringify({
        id: 'a',
        sql: 'INSERT INTO t SELECT x FROM s',
        dialect: 'postgres',
        default_schema: 'raw',
      }),
      'not json',
      JSON.stringify({ id: 7, sql: 'SELECT "X" FROM "S"', dialect: 'snowflake', schema: { s: ['x'] } }),
    ].join('\n');
    const lines = (await run(undefined, { batch: true, json: true }, `${input}\n`))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7]);
    expect(lines[0]).toMatchObject({ sources: ['raw.s'], targets: ['raw.t'] });
    expect(lines[1].errors[0]).toMatchObject({ code: 'invalid_input', line: 2 });
    expect(lines[2].sources).toEqual(['s']);
  });

  it('reports a parse error with its position in the JSON result', async () => {
    const result = JSON.parse(await run('-', { json: true }, 'SELECT a FROM t;\nSELEC b FROM u;'));
    expect(result.sources).toEqual(['t']);
    expect(result.errors).toEqual([expect.objectContaining({ code: 'parse_error', line: 2, column: 1 })]);
  });

  it('rejects user mistakes with a UserError naming the problem', async () => {
    await expect(run(sqlFile, { dialect: 'klingon' })).rejects.toThrow(UserError);
    await expect(run(sqlFile, { dialect: 'klingon' })).rejects.toThrow(
      /unknown --dialect "klingon"; one of: .*postgres/,
    );
    await expect(run(join(dir, 'missing.sql'), {})).rejects.toThrow(
      /cannot read SQL file .*missing\.sql: ENOENT/,
    );
    const badSchema = join(dir, 'bad-schema.json');
    writeFileSync(badSchema, JSON.stringify({ 'public.t': 'a,b' }));
    await expect(run(sqlFile, { schema: badSchema })).rejects.toThrow(
      /"public.t" must be a list of column names/,
    );
    await expect(run(sqlFile, { batch: true })).rejects.toThrow(/--batch reads JSON lines from stdin/);
  });
});

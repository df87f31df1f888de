import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, extractTables, parseTableName } from './index.js';

const SAMPLE = `WITH a AS (SELECT id, amount FROM raw.orders WHERE amount > 0)
INSERT INTO mart.totals (id, total)
SELECT a.id, SUM(a.amount) FROM a JOIN raw.customers c ON c.id = a.id GROUP BY a.id;
MERGE INTO t USING s ON t.k = s.k WHEN MATCHED THEN UPDATE SET v = s.v;`;

describe('analyze never throws', () => {
  it('on arbitrary text, in every dialect', () => {
    const dialect = fc.constantFrom(
      'ansi',
      'postgres',
      'snowflake',
      'bigquery',
      'tsql',
      'hive',
      'mysql',
      'nope',
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), dialect, (sql, d) => {
        const result = analyze(sql, { dialect: d });
        expect(Array.isArray(result.errors)).toBe(true);
        for (const error of result.errors) expect(error.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('on any truncation or splice of real SQL', () => {
    fc.assert(
      fc.property(
        fc.nat(SAMPLE.length),
        fc.nat(SAMPLE.length),
        fc.string({ maxLength: 8 }),
        (from, to, junk) => {
          const sql = SAMPLE.slice(0, Math.min(from, to)) + junk + SAMPLE.slice(Math.max(from, to));
          const result = analyze(sql, { dialect: 'postgres' });
          const tables = extractTables(sql, { dialect: 'postgres' });
          expect(tables.sources).toEqual(result.sources);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives non-string input an empty result instead of a crash', () => {
    expect(analyze(undefined as unknown as string).statements).toEqual([]);
  });
});

describe('parseTableName', () => {
  it('splits qualified names and keeps paths whole', () => {
    expect(parseTableName('db.s.t')).toEqual({ database: 'db', schema: 's', name: 't' });
    expect(parseTableName('s.t')).toEqual({ schema: 's', name: 't' });
    expect(parseTableName('t')).toEqual({ name: 't' });
    expect(parseTableName('srv.db.s.t')).toEqual({ database: 'srv.db', schema: 's', name: 't' });
    expect(parseTableName('s3://bucket/a.b/')).toEqual({ name: 's3://bucket/a.b/' });
    expect(parseTableName('@stage/x.csv')).toEqual({ name: '@stage/x.csv' });
  });

  it('agrees with the structured tables of a result', () => {
    const result = analyze(SAMPLE, { dialect: 'postgres', defaultSchema: 'public', defaultDatabase: 'db' });
    expect(result.sourceTables).toEqual(result.sources.map(parseTableName));
    expect(result.targetTables).toEqual(result.targets.map(parseTableName));
    expect(result.sources).toEqual(['db.public.s', 'db.raw.customers', 'db.raw.orders']);
  });
});

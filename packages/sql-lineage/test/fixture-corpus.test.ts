import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, extractTables } from '../src/index.js';
import { FIXTURES_SQL, fixturesPresent, loadDbtModels, loadTpcQueries } from './fixture-corpus.js';

const present = fixturesPresent();
if (!present)
  console.warn('[sql-lineage] ../shared/fixtures/sql is absent: TPC and dbt fixture tests are SKIPPED');

/**
 * The benchmark tables and the column prefix each uses (`l_` for lineitem, `ss_` for store_sales). The
 * prefixes let the tests check that every column edge names the table the column really belongs to.
 */
const TPCH: Record<string, string> = {
  customer: 'c_',
  lineitem: 'l_',
  nation: 'n_',
  orders: 'o_',
  part: 'p_',
  partsupp: 'ps_',
  region: 'r_',
  supplier: 's_',
};
const TPCDS: Record<string, string> = {
  call_center: 'cc_',
  catalog_page: 'cp_',
  catalog_returns: 'cr_',
  catalog_sales: 'cs_',
  customer: 'c_',
  customer_address: 'ca_',
  customer_demographics: 'cd_',
  date_dim: 'd_',
  household_demographics: 'hd_',
  income_band: 'ib_',
  inventory: 'inv_',
  item: 'i_',
  promotion: 'p_',
  reason: 'r_',
  ship_mode: 'sm_',
  store: 's_',
  store_returns: 'sr_',
  store_sales: 'ss_',
  time_dim: 't_',
  warehouse: 'w_',
  web_page: 'wp_',
  web_returns: 'wr_',
  web_sales: 'ws_',
  web_site: 'web_',
};

/** The TPC-H schema (public in the TPC-H specification), to check column resolution with a schema. */
const TPCH_SCHEMA: Record<string, string[]> = {
  part: 'partkey name mfgr brand type size container retailprice comment'.split(' ').map((c) => `p_${c}`),
  supplier: 'suppkey name address nationkey phone acctbal comment'.split(' ').map((c) => `s_${c}`),
  partsupp: 'partkey suppkey availqty supplycost comment'.split(' ').map((c) => `ps_${c}`),
  customer: 'custkey name address nationkey phone acctbal mktsegment comment'.split(' ').map((c) => `c_${c}`),
  orders: 'orderkey custkey orderstatus totalprice orderdate orderpriority clerk shippriority comment'
    .split(' ')
    .map((c) => `o_${c}`),
  lineitem:
    `orderkey partkey suppkey linenumber quantity extendedprice discount tax returnflag linestatus shipdate
    commitdate receiptdate shipinstruct shipmode comment`
      .split(/\s+/)
      .map((c) => `l_${c}`),
  nation: 'nationkey name regionkey comment'.split(' ').map((c) => `n_${c}`),
  region: 'regionkey name comment'.split(' ').map((c) => `r_${c}`),
};

describe.skipIf(!present)('TPC-H and TPC-DS queries (derived from TPC-H/TPC-DS)', () => {
  const queries = present ? loadTpcQueries() : [];

  it('finds all 72 query files', () => expect(queries.length).toBe(72));

  for (const query of queries) {
    it(`${query.name}: parses and reads only benchmark tables`, () => {
      const result = analyze(query.sql, { dialect: 'ansi' });
      // Without a schema, unqualified columns over several tables are only warned about.
      expect(result.errors.filter((e) => e.code !== 'unresolved_columns')).toEqual([]);
      expect(result.sources.length).toBeGreaterThan(0);
      const prefixes = query.name.startsWith('tpch/') ? TPCH : TPCDS;
      // CTE names, aliases and derived tables must never leak out as tables.
      for (const table of result.sources)
        expect(Object.keys(prefixes), `${table} in ${query.name}`).toContain(table);
      expect(extractTables(query.sql, { dialect: 'ansi' }).sources).toEqual(result.sources);
    });
  }

  it('with a schema, every result column has lineage and every edge names the right table', () => {
    const tpcdsSchema = harvestSchema(
      queries.filter((q) => q.name.startsWith('tpcds/')),
      TPCDS,
    );
    for (const query of queries) {
      const isTpch = query.name.startsWith('tpch/');
      const schema = isTpch ? TPCH_SCHEMA : tpcdsSchema;
      const result = analyze(query.sql, { dialect: 'ansi', schema });
      expect(result.errors, query.name).toEqual([]);
      const select = result.statements.find((s) => s.type === 'select');
      const outputs = new Set(select?.columns.map((e) => e.to.column));
      expect(outputs.size, query.name).toBeGreaterThan(0);
      for (const edge of result.columns) {
        expect(
          schema[edge.from.table ?? ''],
          `${query.name}: ${edge.from.table}.${edge.from.column}`,
        ).toContain(edge.from.column);
      }
    }
  });

  it('TPC-H q15 follows the view through and drops it (CREATE VIEW, SELECT, DROP VIEW)', () => {
    const q15 = queries.find((q) => q.name === 'tpch/q15.sql');
    const result = analyze(q15?.sql ?? '', { dialect: 'ansi' });
    expect(result.statements.map((s) => s.type)).toEqual(['create_view', 'select', 'drop']);
    expect(result.sources).toEqual(['lineitem', 'supplier']);
    expect(result.intermediates).toEqual([]);
    expect(result.targets).toEqual([]);
    expect(result.columns).toContainEqual({
      from: { table: 'lineitem', column: 'l_extendedprice' },
      to: { table: null, column: 'total_revenue' },
      kind: 'direct',
    });
  });
});

describe.skipIf(!present)('a pg_dump script (Pagila schema: functions, views, sequences, triggers)', () => {
  it('is analysed statement by statement, function bodies included, views with their sources', () => {
    const sql = readFileSync(join(FIXTURES_SQL, '../schemas/postgres/pagila/pagila-schema.sql'), 'utf8');
    const result = analyze(sql, { dialect: 'postgres' });
    expect(result.statements.length).toBeGreaterThan(300);
    expect(result.statements.map((s) => s.type)).not.toContain('select_into'); // PL/pgSQL INTO assigns variables
    expect(result.intermediates).toContain('public.actor'); // created, then read by views
    const view = result.statements.find((s) => s.targets.includes('public.customer_list'));
    expect(view?.type).toBe('create_view');
    expect(view?.sources).toEqual(['public.address', 'public.city', 'public.country', 'public.customer']);
  });
});

/**
 * TPC-DS DDL is not in the fixtures; its columns follow the table prefixes, so the schema is every identifier
 * with a table's prefix that the queries use.
 */
function harvestSchema(
  queries: { sql: string }[],
  prefixes: Record<string, string>,
): Record<string, string[]> {
  const schema: Record<string, string[]> = {};
  const text = queries.map((q) => q.sql.toLowerCase()).join('\n');
  for (const [table, prefix] of Object.entries(prefixes)) {
    schema[table] = [...new Set(text.match(new RegExp(`\\b${prefix}[a-z0-9_]+\\b`, 'g')) ?? [])];
  }
  return schema;
}

/** `"db"."schema"."name"` / `` `p`.`d`.`t` `` as dbt writes relations, in our normalised form. */
function normaliseRelation(relation: string, dialect: string): string {
  const parts = relation.split('.').map((p) => p.replace(/^["`]|["`]$/g, ''));
  return (dialect === 'bigquery' ? parts : parts.map((p) => p.toLowerCase())).join('.');
}

describe.skipIf(!present)('compiled dbt models: table-level lineage equals dbt depends_on', () => {
  const models = present ? loadDbtModels() : [];

  it('finds the 53 compiled models', () => expect(models.length).toBe(53));

  for (const model of models) {
    it(model.name, () => {
      const result = analyze(model.sql, { dialect: model.dialect });
      expect(result.errors.filter((e) => e.severity === 'error')).toEqual([]);
      const expected = model.expectedRelations.map((r) => normaliseRelation(r, model.dialect)).sort();
      // An incremental model reads its own relation ({{ this }}); dbt does not list that as a dependency.
      const own = model.relationName ? normaliseRelation(model.relationName, model.dialect) : undefined;
      expect(result.sources.filter((s) => s !== own)).toEqual(expected);
    });
  }
});

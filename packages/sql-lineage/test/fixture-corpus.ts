import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the shared real-world SQL lives (read at test time, never copied into the repo). */
export const FIXTURES_SQL = join(import.meta.dirname, '../../../../shared/fixtures/sql');
const FIXTURES_ROOT = join(FIXTURES_SQL, '..');

/** Whether the fixtures are present; under CI=true their absence is a failure, not a skip. */
export function fixturesPresent(): boolean {
  const present = existsSync(FIXTURES_SQL);
  if (!present && process.env.CI === 'true')
    throw new Error(`SQL fixtures missing at ${FIXTURES_SQL} (required under CI=true)`);
  return present;
}

/** One TPC-H / TPC-DS query text. */
export interface BenchmarkQuery {
  name: string;
  sql: string;
}

/** Every TPC-H and TPC-DS query file. */
export function loadTpcQueries(): BenchmarkQuery[] {
  return ['tpch', 'tpcds'].flatMap((dir) =>
    readdirSync(join(FIXTURES_SQL, dir))
      .filter((f) => f.endsWith('.sql'))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, sql: readFileSync(join(FIXTURES_SQL, dir, f), 'utf8') })),
  );
}

/** One compiled dbt model with the relations dbt says it depends on. */
export interface DbtModel {
  name: string;
  dialect: string;
  sql: string;
  /** `depends_on.nodes` resolved to relation names through the project's manifest, as dbt quotes them. */
  expectedRelations: string[];
  /** The model's own relation (null for ephemeral models, which dbt inlines). */
  relationName: string | null;
}

/** Every compiled dbt model, with its expected upstream relations. */
export function loadDbtModels(): DbtModel[] {
  const root = join(FIXTURES_SQL, 'dbt-compiled');
  return readdirSync(root).flatMap((project) => {
    const index = JSON.parse(readFileSync(join(root, project, 'index.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(FIXTURES_ROOT, index.source_manifest), 'utf8'));
    const relationOf = (id: string): string => {
      const node = manifest.nodes?.[id] ?? manifest.sources?.[id];
      if (!node) throw new Error(`${project}: ${id} is not in ${index.source_manifest}`);
      return node.relation_name ?? `"${node.database}"."${node.schema}"."${node.alias ?? node.name}"`;
    };
    return index.models.map((model: { file: string; depends_on_nodes: string[]; relation_name: string }) => ({
      name: `${project}/${model.file}`,
      dialect: index.adapter_type,
      sql: readFileSync(join(root, project, model.file), 'utf8'),
      expectedRelations: model.depends_on_nodes.map(relationOf),
      relationName: model.relation_name,
    }));
  });
}

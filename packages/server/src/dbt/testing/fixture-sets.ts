import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DbtCatalog, DbtManifest, DbtRunResults } from '../artifact-types.js';
import { parseArtifact } from '../read-artifact.js';
import type { DbtArtifacts } from '../sync-dbt.js';

/** The shared fixtures (never copied into the repo); `SEXTANT_FIXTURES` points elsewhere. */
export const FIXTURES =
  process.env.SEXTANT_FIXTURES ?? join(import.meta.dirname, '../../../../../../shared/fixtures');
export const DBT_FIXTURES = join(FIXTURES, 'dbt');

/**
 * Whether the dbt fixtures are here. Absent: tests skip with a message, except under CI=true where absence is a
 * failure (a CI run that silently tests nothing would pass for the wrong reason).
 */
export function dbtFixturesPresent(): boolean {
  const present = existsSync(DBT_FIXTURES);
  if (!present && process.env.CI === 'true')
    throw new Error(`dbt fixtures missing at ${DBT_FIXTURES} (required under CI=true)`);
  if (!present) console.warn(`[dbt tests] fixtures absent at ${DBT_FIXTURES}: fixture tests are SKIPPED`);
  return present;
}

/** One manifest with the run_results (and catalog) of the same project, paths relative to DBT_FIXTURES. */
export interface FixtureSet {
  name: string;
  manifest: string;
  runResults?: string;
  catalog?: string;
}

const AP = 'dbt-artifacts-parser';
const OL = 'openlineage-dbt-fixtures';

/**
 * Every manifest and every run_results of the collection, each in one set. Pairs follow the fixtures' README
 * (same invocation); run_results v4 of jaffle_shop has no manifest of its run and goes with manifest v4 of the
 * same project; catalog.json of 1.9.0rc1 goes with manifest_1.9.
 */
export const FIXTURE_SETS: FixtureSet[] = [
  {
    name: 'ap-v4',
    manifest: `${AP}/manifest/v4/jaffle_shop/manifest.json`,
    runResults: `${AP}/run_results/v4/jaffle_shop/run_results.json`,
  },
  { name: 'ap-v5', manifest: `${AP}/manifest/v5/jaffle_shop/manifest.json` },
  { name: 'ap-v7', manifest: `${AP}/manifest/v7/jaffle_shop/manifest.json` },
  { name: 'ap-v8', manifest: `${AP}/manifest/v8/jaffle_shop/manifest.json` },
  { name: 'ap-v10', manifest: `${AP}/manifest/v10/jaffle_shop/manifest.json` },
  {
    name: 'ap-v11',
    manifest: `${AP}/manifest/v11/jaffle_shop/manifest.json`,
    runResults: `${AP}/run_results/v5/jaffle_shop/run_results.json`,
  },
  {
    name: 'ap-v12-1.9',
    manifest: `${AP}/manifest/v12/jaffle_shop/manifest_1.9.json`,
    runResults: `${AP}/run_results/v6/jaffle_shop/run_results.json`,
    catalog: `${AP}/catalog/v1/jaffle_shop/catalog.json`,
  },
  {
    name: 'ap-v12-1.12',
    manifest: `${AP}/manifest/v12/jaffle_shop/manifest_1.12.json`,
    runResults: `${AP}/run_results/v6/jaffle_shop/run_results_1.12.json`,
    catalog: `${AP}/catalog/v1/jaffle_shop/catalog_1.12.json`,
  },
  ...['dbt_16', 'dbt_18', 'dbt_112', 'dbt_20'].map((dir) => ({
    name: `bouncer-${dir}`,
    manifest: `dbt-bouncer/${dir}/manifest.json`,
    runResults: `dbt-bouncer/${dir}/run_results.json`,
    catalog: `dbt-bouncer/${dir}/catalog.json`,
  })),
  ...['compiled_code', 'duckdb', 'fail', 'postgres', 'snapshot', 'test'].map((dir) => ({
    name: `ol-${dir}`,
    manifest: `${OL}/${dir}/manifest.json`,
    runResults: `${OL}/${dir}/run_results.json`,
  })),
];

export function readFixtureJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(DBT_FIXTURES, path), 'utf8')) as T;
}

/** The set's artifacts parsed as an upload would be. */
export function loadFixtureSet(set: FixtureSet): DbtArtifacts {
  const read = (path: string) => readFileSync(join(DBT_FIXTURES, path));
  return {
    manifest: parseArtifact(read(set.manifest), 'manifest', set.manifest),
    runResults: set.runResults
      ? parseArtifact(read(set.runResults), 'run_results', set.runResults)
      : undefined,
    catalog: set.catalog ? parseArtifact(read(set.catalog), 'catalog', set.catalog) : undefined,
    manifestFile: set.manifest,
  };
}

export type { DbtCatalog, DbtManifest, DbtRunResults };

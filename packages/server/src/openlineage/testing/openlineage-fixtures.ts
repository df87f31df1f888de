import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXTURES } from '../../dbt/testing/fixture-sets.js';

/** ../shared/fixtures/openlineage (never copied into the repo); `SEXTANT_FIXTURES` points elsewhere. */
export const OPENLINEAGE_FIXTURES = join(FIXTURES, 'openlineage');

/** Whether the fixtures are here; absent: tests skip with a message, except under CI=true (a failure). */
export function openLineageFixturesPresent(): boolean {
  const present = existsSync(OPENLINEAGE_FIXTURES);
  if (!present && process.env.CI === 'true')
    throw new Error(`OpenLineage fixtures missing at ${OPENLINEAGE_FIXTURES} (required under CI=true)`);
  if (!present) console.warn(`[openlineage tests] fixtures absent at ${OPENLINEAGE_FIXTURES}: SKIPPED`);
  return present;
}

/** Every `.json` file under a fixture folder, as paths relative to OPENLINEAGE_FIXTURES, sorted. */
export function fixtureFiles(folder: string): string[] {
  const root = join(OPENLINEAGE_FIXTURES, folder);
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json')) out.push(relative(OPENLINEAGE_FIXTURES, path));
    }
  };
  walk(root);
  return out;
}

export function readFixture(path: string): unknown {
  return JSON.parse(readFileSync(join(OPENLINEAGE_FIXTURES, path), 'utf8'));
}

import { sql } from 'kysely';
import { expect, test } from 'vitest';
import { listTestsForResources } from '../store/dbt/index.js';
import { createSyncTarget, dumpCatalog } from '../sync/sync-test-support.js';
import { forEachBackend } from '../testing/index.js';
import type { DbtRunResults } from './artifact-types.js';
import type { ParsedArtifact } from './read-artifact.js';
import { syncDbtArtifacts } from './sync-dbt.js';
import { dbtFixturesPresent, FIXTURE_SETS, loadFixtureSet } from './testing/fixture-sets.js';

const present = dbtFixturesPresent();
const OL_TEST = FIXTURE_SETS.find((s) => s.name === 'ol-test')!;
const BOUNCER = FIXTURE_SETS.find((s) => s.name === 'bouncer-dbt_18')!;

const idOf = async (store: Parameters<typeof dumpCatalog>[0], integrationId: string, databuilderId: string) =>
  (
    await store.db
      .selectFrom('resources')
      .select('id')
      .where('integration_id', '=', integrationId)
      .where('databuilder_id', '=', databuilderId)
      .executeTakeFirstOrThrow()
  ).id;

forEachBackend('dbt sync', (store, backend) => {
  test.skipIf(!present)('re-running the same artifacts changes nothing', async () => {
    const { integrationId } = await createSyncTarget(store());
    const first = await syncDbtArtifacts(store(), loadFixtureSet(BOUNCER), { integrationId });
    const before = await dumpCatalog(store());
    const second = await syncDbtArtifacts(store(), loadFixtureSet(BOUNCER), { integrationId });
    expect(second.counts).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: first.counts.created,
      staled: 0,
    });
    expect(await dumpCatalog(store())).toBe(before);
  });

  test.skipIf(!present)(
    'a run_results without a test keeps its earlier result; a dry run records nothing',
    async () => {
      const { integrationId } = await createSyncTarget(store());
      await syncDbtArtifacts(store(), loadFixtureSet(OL_TEST), { integrationId });
      const model = await idOf(store(), integrationId, 'model.dbt_bigquery_test.test_first_dbt_model');
      const before = (await listTestsForResources(store().db, [model])).get(model)!;
      expect(before.filter((t) => t.status === 'fail').map((t) => t.name)).toHaveLength(3);

      // Only one test ran this time (`dbt test --select`): it now passes; the others keep their last result.
      const artifacts = loadFixtureSet(OL_TEST);
      const runResults = artifacts.runResults as ParsedArtifact<DbtRunResults>;
      const unique = runResults.data.results.find((r) =>
        r.unique_id.includes('unique_test_first_dbt_model_id'),
      )!;
      runResults.data.results = [{ ...unique, status: 'pass', failures: 0, message: null }];
      await syncDbtArtifacts(store(), { ...artifacts, runResults }, { integrationId, dryRun: true });
      expect((await listTestsForResources(store().db, [model])).get(model)).toEqual(before);
      await syncDbtArtifacts(store(), { ...artifacts, runResults }, { integrationId });
      const after = (await listTestsForResources(store().db, [model])).get(model)!;
      expect(after.find((t) => t.name === 'unique_test_first_dbt_model_id')).toMatchObject({
        status: 'pass',
        failures: 0,
      });
      expect(after.filter((t) => t.status === 'fail')).toHaveLength(2);
      expect(after).toHaveLength(before.length);
    },
  );

  test.skipIf(!present)(
    'dbt tags become catalog tags; tags set in the catalog stay through syncs',
    async () => {
      const { integrationId, workspaceId } = await createSyncTarget(store());
      await syncDbtArtifacts(store(), loadFixtureSet(BOUNCER), { integrationId });
      const source = await idOf(
        store(),
        integrationId,
        'source.dbt_bouncer_test_project.dummy_source.customers',
      );
      const tagsOf = async () =>
        (
          await store()
            .db.selectFrom('resource_tags')
            .innerJoin('tags', 'tags.id', 'resource_tags.tag_id')
            .select('tags.name')
            .where('resource_tags.resource_id', '=', source)
            .orderBy('tags.name')
            .execute()
        ).map((t) => t.name);
      expect(await tagsOf()).toEqual(['example_tag']);
      const now = new Date().toISOString();
      await store()
        .db.insertInto('tags')
        .values({
          id: 'manual-tag',
          workspace_id: workspaceId,
          name: 'pii',
          description: '',
          color: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await store()
        .db.insertInto('resource_tags')
        .values({ resource_id: source, tag_id: 'manual-tag' })
        .execute();
      await syncDbtArtifacts(store(), loadFixtureSet(BOUNCER), { integrationId });
      expect(await tagsOf()).toEqual(['example_tag', 'pii']);
    },
  );
  test.skipIf(!present)(
    'a failure while writing test results rolls the whole sync back, resources and tags included',
    async () => {
      const { integrationId } = await createSyncTarget(store());
      const before = await dumpCatalog(store());
      const tagsBefore = await store().db.selectFrom('tags').select('name').orderBy('name').execute();
      // The database itself refuses test results, as a full disk or a lost connection would mid-step.
      if (backend === 'sqlite') {
        await sql`create trigger refuse_test_results before insert on dbt_test_results
          begin select raise(abort, 'test results refused'); end`.execute(store().db);
      } else {
        await sql`create function refuse_test_results() returns trigger language plpgsql
          as $$ begin raise exception 'test results refused'; end $$`.execute(store().db);
        await sql`create trigger refuse_test_results before insert on dbt_test_results
          for each row execute function refuse_test_results()`.execute(store().db);
      }
      await expect(syncDbtArtifacts(store(), loadFixtureSet(OL_TEST), { integrationId })).rejects.toThrow(
        /test results refused/,
      );
      expect(await dumpCatalog(store())).toBe(before);
      const tagsAfter = await store().db.selectFrom('tags').select('name').orderBy('name').execute();
      expect(tagsAfter).toEqual(tagsBefore);
      const syncs = await store()
        .db.selectFrom('syncs')
        .select('status')
        .where('integration_id', '=', integrationId)
        .execute();
      expect(syncs.map((s) => s.status)).toEqual(['failed']);
    },
  );
});

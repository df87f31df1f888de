// Prints SQLite's query plan of every set-based statement of a sync's finishing pass (a profiling aid, not a
// benchmark): `node --conditions=source --import tsx bench/lib/explain-sync-plans.ts [pending|replace|resolve|stale|parents]`.
// The statements run through a Kysely proxy that prefixes `explain query plan`, against empty staging tables:
// SQLite plans without statistics, so an empty database shows the plans a million-row sync gets.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery, type Kysely } from 'kysely';
import { openStore } from '../../packages/server/src/store/database.js';
import * as lineage from '../../packages/server/src/store/lineage/index.js';
import type { Database } from '../../packages/server/src/store/schema.js';
import * as sync from '../../packages/server/src/store/sync/index.js';

const store = await openStore({
  sqliteFile: join(mkdtempSync(join(tmpdir(), 'sextant-plans-')), 'plans.db'),
});
await sync.createStagingTables(store.db, store.flags);
const explaining = new Proxy(store.db, {
  get(target, property) {
    if (property !== 'executeQuery') return Reflect.get(target, property);
    return async (query: CompiledQuery) => {
      const plan = await target.executeQuery<{ id: number; parent: number; detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      console.log(`---- ${query.sql.replace(/\s+/g, ' ').slice(0, 300)}`);
      for (const row of plan.rows) console.log(`    ${row.id} ${row.parent} ${row.detail}`);
      return { rows: [] };
    };
  },
}) as Kysely<Database>;
const flags = store.flags;
const options = {
  stageTable: sync.STAGE_LINEAGE,
  workspaceId: 'w',
  integrationId: 'i',
  syncId: 's',
  now: 'n',
};
const only = process.argv[2];
const steps: Record<string, () => Promise<unknown>> = {
  parents: async () => {
    await sync.checkStagedParents(explaining, flags, 100);
    await sync.linkStagedParents(explaining, flags);
  },
  stale: () => sync.staleAbsentResources(explaining, flags, options),
  resolve: () => lineage.resolveStagedReferences(explaining, flags, { ...options, resolveInternal: true }),
  replace: () => lineage.replaceIntegrationLineage(explaining, flags, options),
  pending: () => lineage.replacePendingLineage(explaining, flags, options),
};
for (const [name, step] of Object.entries(steps)) if (!only || only === name) await step();
await store.close();

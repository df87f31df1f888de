import type { AuthContext } from '../auth/authenticate.js';
import type { SecretBox } from '../auth/secret-box.js';
import { getResourceView } from '../catalog/read-resources.js';
import { createTag, listTags } from '../catalog/tags.js';
import { type ResourcePatch, updateResource } from '../catalog/update-resource.js';
import { syncDbtArtifacts } from '../dbt/sync-dbt.js';
import { ConflictError } from '../errors/index.js';
import { createIntegration, getIntegrationView, type IntegrationView } from '../integrations/index.js';
import { parseJsonColumn } from '../lib/json.js';
import type { Store } from '../store/database.js';
import { resourceIdsByDatabuilderId } from '../store/dbt/index.js';
import { type IntegrationRow, listIntegrations } from '../store/integrations/index.js';
import { applySync } from '../sync/apply-sync.js';
import type { SyncRecord } from '../sync/sync-types.js';
import { demoDbtArtifacts } from './dbt-artifacts.js';
import { DEMO_DASHBOARDS, DEMO_TABLES } from './demo-shop.js';
import { dashboardId, warehouseId, warehouseRecords } from './warehouse-records.js';

/** `properties.demo` of the two demo integrations: how the demo recognises what it loaded. */
const DEMO_INTEGRATIONS = [
  { key: 'shop', name: 'Demo shop', type: 'demo' },
  { key: 'shop-dbt', name: 'Demo shop dbt', type: 'dbt' },
] as const;

const TAG_COLORS: Record<string, string> = { finance: '#2f9e44', customers: '#1c7ed6' };

export interface DemoServices {
  store: Store;
  secrets: SecretBox;
}

export interface DemoLoadResult {
  /** The warehouse + BI integration, then the dbt one. */
  integrations: IntegrationView[];
  /** The two syncs this load ran (a second load finds everything unchanged). */
  syncs: SyncRecord[];
  /** User-side edits (tags, PII, verified) applied by this load: 0 when the demo was already complete. */
  edits: number;
}

/**
 * Loads the demo shop through the sync engine, as any source would arrive: the "Demo shop" integration's records
 * (warehouse and BI, with column lineage) and the "Demo shop dbt" integration's artifacts (models whose compiled
 * SQL gives column lineage, sources, a failing test), then the curator's edits a real team would make (tags, PII,
 * verified). Idempotent: a second load re-runs both syncs, which find nothing to change, and edits nothing.
 * Refuses (409 `catalog_not_empty`) when the workspace has other integrations, unless `force`.
 */
export async function loadDemoCatalog(
  services: DemoServices,
  options: { auth: AuthContext; force?: boolean | undefined },
): Promise<DemoLoadResult> {
  const { store } = services;
  const { auth } = options;
  const existing = await listIntegrations(store.db, {
    workspaceId: auth.workspaceId,
    limit: 1000,
    offset: 0,
  });
  const demoRows = new Map(existing.rows.map((row) => [demoKeyOf(row), row]));
  const others = existing.rows.filter((row) => demoKeyOf(row) === undefined);
  if (others.length > 0 && options.force !== true) {
    throw new ConflictError(
      'catalog_not_empty',
      `the workspace already has ${others.length} integrations of its own; load the demo with force to mix it in`,
      { integrations: others.length },
    );
  }
  const integrationServices = { db: store.db, secrets: services.secrets };
  const integrations: IntegrationView[] = [];
  for (const demo of DEMO_INTEGRATIONS) {
    const row = demoRows.get(demo.key);
    integrations.push(
      row
        ? await getIntegrationView(integrationServices, auth.workspaceId, row.id)
        : await createIntegration(integrationServices, auth, {
            name: demo.name,
            type: demo.type,
            properties: { demo: demo.key },
            schedule_enabled: false,
          }),
    );
  }
  const [warehouse, dbt] = integrations as [IntegrationView, IntegrationView];
  const context = { workspaceId: auth.workspaceId, triggeredBy: auth.userId };
  const syncs = [
    await applySync(store, {
      ...context,
      integrationId: warehouse.id,
      source: 'demo',
      records: warehouseRecords(),
    }),
    await syncDbtArtifacts(store, demoDbtArtifacts(), { ...context, integrationId: dbt.id }),
  ];
  const edits = await applyCuratorEdits(store, auth, warehouse.id);
  return { integrations, syncs, edits };
}

function demoKeyOf(row: IntegrationRow): string | undefined {
  const demo = parseJsonColumn<Record<string, unknown>>(row.properties, {}).demo;
  return typeof demo === 'string' && DEMO_INTEGRATIONS.some((d) => d.key === demo) ? demo : undefined;
}

/** What a curator would set by hand: tags on tables and dashboards, PII columns, verified marts. */
async function applyCuratorEdits(store: Store, auth: AuthContext, integrationId: string): Promise<number> {
  const tagIds = await ensureTags(store, auth, Object.keys(TAG_COLORS));
  const wanted = new Map<string, ResourcePatch>();
  for (const table of DEMO_TABLES) {
    const patch: ResourcePatch = {};
    if (table.tags) patch.tags = table.tags.map((name) => tagIds.get(name)!);
    if (table.verified) patch.verified = true;
    if (Object.keys(patch).length > 0) wanted.set(warehouseId(table.schema, table.name), patch);
    for (const column of table.columns)
      if (column.pii) wanted.set(warehouseId(table.schema, table.name, column.name), { pii: true });
  }
  for (const dashboard of DEMO_DASHBOARDS)
    wanted.set(dashboardId(dashboard.name), {
      tags: dashboard.tags.map((name) => tagIds.get(name)!),
      verified: true,
    });
  const ids = await resourceIdsByDatabuilderId(store.db, store.flags, integrationId, [...wanted.keys()]);
  let edits = 0;
  for (const [databuilderId, patch] of wanted) {
    const id = ids.get(databuilderId);
    if (!id) continue;
    const current = await getResourceView(store, { workspaceId: auth.workspaceId, id, asEntity: false });
    const needed = patchNeeded(current, patch);
    if (!needed) continue;
    await updateResource(store, { auth, id, patch: needed });
    edits++;
  }
  return edits;
}

/** Only what differs, so a second load writes nothing (not even an audit entry). */
function patchNeeded(
  current: { tags: string[]; pii: boolean; verified: boolean },
  patch: ResourcePatch,
): ResourcePatch | undefined {
  const needed: ResourcePatch = {};
  if (patch.pii !== undefined && patch.pii !== current.pii) needed.pii = patch.pii;
  if (patch.verified !== undefined && patch.verified !== current.verified) needed.verified = patch.verified;
  if (patch.tags && !patch.tags.every((tag) => current.tags.includes(tag)))
    needed.tags = [...new Set([...current.tags, ...patch.tags])];
  return Object.keys(needed).length > 0 ? needed : undefined;
}

async function ensureTags(store: Store, auth: AuthContext, names: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of names) {
    const { results } = await listTags(store, {
      workspaceId: auth.workspaceId,
      name,
      page: { limit: 50, offset: 0 },
    });
    const found = results.find((tag) => tag.name === name);
    ids.set(
      name,
      found
        ? found.id
        : (
            await createTag(store, {
              auth,
              input: { name, description: `Demo shop: ${name}`, color: TAG_COLORS[name] ?? null },
            })
          ).id,
    );
  }
  return ids;
}

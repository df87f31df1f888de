import type { Kysely } from 'kysely';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import type { SyncRecord } from '../sync/sync-types.js';
import { EventHub } from './event-hub.js';

/** The integration an event is about, as messages name it. */
export interface EventIntegration {
  id: string;
  name: string;
  type: string;
}

/** A sync ended (succeeded or failed; dry runs are not announced), after its transaction committed. */
export interface SyncFinishedEvent {
  workspaceId: string;
  integration: EventIntegration;
  record: SyncRecord;
  /** Live resources (assets and columns) of the integration before the run; counted only when it staled some. */
  resourcesBefore: number | null;
  /** `record.counts.staled / resourcesBefore` (0 when nothing was staled); null when the run failed. */
  staledShare: number | null;
}

/** One test newly failing on one resource. */
export interface NewlyFailingTest {
  testUniqueId: string;
  name: string;
  status: string;
  message: string | null;
}

/** A resource with the tests that fail now and did not before the latest results were stored. */
export interface NewlyFailingResource {
  resourceId: string;
  title: string;
  titleFull: string;
  entityType: string;
  tests: NewlyFailingTest[];
}

/** dbt test results were stored and some tests started failing (never emitted with an empty list). */
export interface DbtTestsChangedEvent {
  workspaceId: string;
  integration: EventIntegration;
  syncId: string;
  newlyFailing: NewlyFailingResource[];
}

export type CatalogEvents = {
  'sync.finished': SyncFinishedEvent;
  'dbt.tests.changed': DbtTestsChangedEvent;
};

export type CatalogEventHub = EventHub<CatalogEvents>;

/**
 * One hub per catalog database, keyed by its Kysely instance: every holder of the store (the app, the job
 * worker, a test) reaches the same hub without it being threaded through the shared `Store` type.
 */
const hubs = new WeakMap<Kysely<Database>, CatalogEventHub>();

export function eventsOf(store: Pick<Store, 'db'>): CatalogEventHub {
  let hub = hubs.get(store.db);
  if (!hub) {
    hub = new EventHub<CatalogEvents>();
    hubs.set(store.db, hub);
  }
  return hub;
}

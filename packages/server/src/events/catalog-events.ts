import type { Kysely } from 'kysely';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import type { SyncRecord } from '../store/sync/sync-record-types.js';
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

/** An OpenLineage run reached FAIL or ABORT (announced once per run, after its events were applied). */
export interface OpenLineageRunFailedEvent {
  workspaceId: string;
  integration: EventIntegration;
  job: { namespace: string; name: string; resourceId: string | null };
  runId: string;
  /** `FAILED` or `ABORTED`. */
  state: string;
  errorMessage: string | null;
}

/** A reply was posted on a question, or a reply was accepted as its answer (after the change committed). */
export interface QuestionActivityEvent {
  workspaceId: string;
  kind: 'question_reply' | 'answer_accepted';
  question: { id: string; title: string; subjectId: string | null };
  replyId: string;
  actorUserId: string;
}

export type CatalogEvents = {
  'sync.finished': SyncFinishedEvent;
  'dbt.tests.changed': DbtTestsChangedEvent;
  'openlineage.run.failed': OpenLineageRunFailedEvent;
  'question.activity': QuestionActivityEvent;
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

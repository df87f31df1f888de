import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { eventsOf } from '../events/index.js';
import type { Store } from '../store/database.js';
import { countJobsByStatus } from '../store/jobs/index.js';

/** One process's Prometheus metrics (docs/deploy.md, Metrics): its own registry, never prom-client's global one. */
export interface CatalogMetrics {
  registry: Registry;
  /** Counts one answered HTTP request under its route pattern (`/api/v1/resource/:id`, never the raw URL). */
  observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
  /** Stops listening to the store's sync events. */
  stop(): void;
}

const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const SYNC_BUCKETS = [0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600];

/**
 * The catalog's metrics on a store: HTTP requests and durations (fed by the app's hook), sync runs and durations
 * by source and status (from the store's `sync.finished` events, so runs of every kind are counted where they
 * ran), the job queue's depth (read at scrape time), the PostgreSQL pool's connections, and Node's process metrics.
 */
export function createCatalogMetrics(store: Store): CatalogMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'sextant_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  });
  const requestSeconds = new Histogram({
    name: 'sextant_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  const syncRuns = new Counter({
    name: 'sextant_sync_runs_total',
    help: 'Syncs finished (dry runs aside), by source (sdk, jsonl, csv, dbt, api) and status',
    labelNames: ['source', 'status'] as const,
    registers: [registry],
  });
  const syncSeconds = new Histogram({
    name: 'sextant_sync_duration_seconds',
    help: 'Wall-clock time of a sync, by source and status',
    labelNames: ['source', 'status'] as const,
    buckets: SYNC_BUCKETS,
    registers: [registry],
  });
  registerStoreGauges(registry, store);
  const unsubscribe = eventsOf(store).on('sync.finished', ({ record }) => {
    const labels = { source: record.source, status: record.status };
    syncRuns.inc(labels);
    if (record.finished_at)
      syncSeconds.observe(labels, (Date.parse(record.finished_at) - Date.parse(record.started_at)) / 1000);
  });
  return {
    registry,
    observeRequest: ({ method, route, status }, seconds) => {
      const labels = { method, route, status_code: String(status) };
      requests.inc(labels);
      requestSeconds.observe(labels, seconds);
    },
    stop: unsubscribe,
  };
}

function registerStoreGauges(registry: Registry, store: Store): void {
  new Gauge({
    name: 'sextant_jobs',
    help: 'Integration runs queued (the queue depth) and running, over the whole database',
    labelNames: ['status'] as const,
    registers: [registry],
    // Every process reads the same table: across `serve --workers` the value is the same, not a sum.
    aggregator: 'max',
    async collect() {
      // A store that does not answer leaves the last value: /readyz is where that shows.
      const counts = await countJobsByStatus(store.db).catch(() => undefined);
      if (!counts) return;
      for (const [status, count] of Object.entries(counts)) this.set({ status }, count);
    },
  });
  const poolStats = store.poolStats;
  if (!poolStats) return;
  new Gauge({
    name: 'sextant_store_pool_connections',
    help: 'PostgreSQL pool connections of this process: total open, idle, and queries waiting for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = poolStats();
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
}

import cluster, { type Worker } from 'node:cluster';
import {
  AggregatorRegistry,
  type MetricObjectWithValues,
  type MetricValue,
  type Registry,
} from 'prom-client';
import { newId } from '../lib/ids.js';

/*
 * `serve --workers N` (node:cluster): a scrape lands on whichever worker accepts it, so a worker's /metrics asks
 * the primary, which collects every worker's metrics (and its own: it runs the jobs) and adds them up with
 * prom-client's AggregatorRegistry (counters and histograms summed; each metric's `aggregator` says otherwise).
 *
 *   worker ──ASK──▶ primary ──COLLECT──▶ every worker ──COLLECTED──▶ primary ──SCRAPED──▶ worker
 */
const ASK = 'sextant:metrics:ask';
const COLLECT = 'sextant:metrics:collect';
const COLLECTED = 'sextant:metrics:collected';
const SCRAPED = 'sextant:metrics:scraped';

/** A worker that does not answer in time is left out of the scrape rather than failing it. */
const COLLECT_TIMEOUT_MS = 5000;

type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];

interface Message {
  type?: string;
  id?: string;
  metrics?: MetricsJson;
  text?: string;
  error?: string;
}

/**
 * In a worker: answers the primary's collections with this process's registry, and returns the scrape function
 * for /metrics (the whole cluster's text, from the primary).
 */
export function joinClusterMetrics(registry: Registry): () => Promise<string> {
  const waiting = new Map<string, (message: Message) => void>();
  process.on('message', (message: Message) => {
    if (message?.type === COLLECT && message.id) {
      const id = message.id;
      void registry.getMetricsAsJSON().then((metrics) => process.send?.({ type: COLLECTED, id, metrics }));
    } else if (message?.type === SCRAPED && message.id) {
      waiting.get(message.id)?.(message);
    }
  });
  return () =>
    new Promise<string>((resolve, reject) => {
      const id = newId();
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('the primary process did not answer the metrics scrape'));
      }, 2 * COLLECT_TIMEOUT_MS);
      waiting.set(id, (message) => {
        clearTimeout(timer);
        waiting.delete(id);
        if (message.error !== undefined) reject(new Error(message.error));
        else resolve(message.text ?? '');
      });
      process.send?.({ type: ASK, id });
    });
}

/** In the primary: answers the workers' scrapes with every process's metrics added up (`own`: the primary's). */
export function serveClusterMetrics(own: Registry | undefined): void {
  cluster.on('message', (worker: Worker, message: Message) => {
    if (message?.type !== ASK || !message.id) return;
    const id = message.id;
    aggregateClusterMetrics(own).then(
      (text) => worker.send({ type: SCRAPED, id, text }),
      (error: Error) => worker.send({ type: SCRAPED, id, error: error.message }),
    );
  });
}

async function aggregateClusterMetrics(own: Registry | undefined): Promise<string> {
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w?.isConnected());
  const collected = await Promise.all(workers.map((worker) => collectFrom(worker)));
  const all = collected.filter((metrics): metrics is MetricsJson => metrics !== undefined);
  if (own) all.push((await own.getMetricsAsJSON()) as MetricsJson);
  return AggregatorRegistry.aggregate(all).metrics();
}

function collectFrom(worker: Worker): Promise<MetricsJson | undefined> {
  const id = newId();
  return new Promise((resolve) => {
    const done = (metrics: MetricsJson | undefined) => {
      clearTimeout(timer);
      worker.off('message', listen);
      resolve(metrics);
    };
    const listen = (message: Message) => {
      if (message?.type === COLLECTED && message.id === id) done(message.metrics);
    };
    const timer = setTimeout(() => done(undefined), COLLECT_TIMEOUT_MS);
    worker.on('message', listen);
    worker.send({ type: COLLECT, id });
  });
}

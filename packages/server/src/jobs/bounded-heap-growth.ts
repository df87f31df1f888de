import { setFlagsFromString } from 'node:v8';

/**
 * How much V8's old generation may grow past what the last full collection kept while a run's sync is applied
 * (percent).
 *
 * Why: a sync promotes a steady stream of short-lived objects (records, batches, rows) into the old generation
 * while its SQLite page cache fills. Left to its own growing factor (up to 4× on a machine with memory to spare),
 * V8 let the heap of a 5,000-table connector run reach 250 MB with 50 MB live before a full collection, beside a
 * full page cache: the server's peak RSS (bench/connector-postgres, 509–510 MB; 380–407 MB with 50 % and
 * collectRunGarbage, for the same server CPU time; 20 % gave 349–392 MB for about 10 % more CPU time, the
 * old generation being marked most of the time). Extraction runs without the bound: its garbage is collected at
 * its end (collectRunGarbage). `SEXTANT_RUN_HEAP_GROWING_PERCENT=0` leaves V8's own heuristics.
 */
const DEFAULT_PERCENT = 50;

let runsGoing = 0;

/**
 * Bounds the heap's growth until the returned function is called (once per sync; concurrent syncs share one
 * bound, lifted when the last ends). The flag is process-wide: serving requests in between share it, which costs
 * them little (their garbage dies young).
 */
export function boundHeapGrowthWhileSyncing(): () => void {
  const percent = heapGrowingPercent();
  if (percent === 0) return () => {};
  if (runsGoing++ === 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    if (--runsGoing === 0) setFlagsFromString('--heap-growing-percent=0');
  };
}

function heapGrowingPercent(): number {
  const raw = process.env.SEXTANT_RUN_HEAP_GROWING_PERCENT;
  if (raw === undefined || raw === '') return DEFAULT_PERCENT;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 && value <= 1000 ? value : DEFAULT_PERCENT;
}

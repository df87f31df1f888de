import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let fullCollection: (() => void) | undefined;

/**
 * A full garbage collection, at the end of a run's phases (records produced, sync applied), when everything the
 * phase made is garbage. Left to itself, V8 collects the old generation only once it has grown to a multiple of
 * what is live (up to 4×): a connector run of 5,000 tables promotes some 50 MB of short-lived rows and records
 * while extracting and 40–100 MB while syncing, and all of it was still on the heap, beside the sync's SQLite
 * page cache, at the server's peak (bench/connector-postgres: 250 MB of heap, 50 MB of it live). A full
 * collection of a heap that size takes some 50–150 ms, once per phase.
 *
 * `gc` is taken from a context made while `--expose-gc` is on (as jest does for its leak detection), and the
 * flag is turned off again so that no later context (nor a sandboxed integration's) gets a `gc` of its own.
 */
export function collectRunGarbage(): void {
  if (!fullCollection) {
    setFlagsFromString('--expose-gc');
    try {
      fullCollection = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  fullCollection();
}

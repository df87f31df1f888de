import type { Store } from '../../store/database.js';
import { IndexedWalker } from './indexed-walker.js';
import { findFreshSnapshot } from './lineage-index.js';
import { type GraphLevel, type GraphWalker, LineageWalker } from './lineage-walker.js';

/**
 * A walker for one request: over the in-memory index when its snapshot is current, else over the database
 * (while the index rebuilds in the background). Both give the same answers; the tests run both.
 */
export async function openGraphWalker(
  store: Pick<Store, 'db' | 'flags'>,
  options: { workspaceId: string; level: GraphLevel; useIndex?: boolean },
): Promise<GraphWalker> {
  if (options.useIndex !== false) {
    const snapshot = await findFreshSnapshot(store, options.workspaceId);
    if (snapshot) return new IndexedWalker(snapshot, options.level);
  }
  return new LineageWalker(store, options.workspaceId, options.level);
}

import type { Migration } from 'kysely';
import * as m0001 from './0001_initial.js';
import * as m0003 from './0003_catalog.js';
import * as m0004 from './0004_admin.js';
import * as m0005 from './0005_dbt.js';
import * as m0006 from './0006_lineage_graph.js';
import * as m0007 from './0007_marketplace.js';
import * as m0008 from './0008_jobs.js';
import * as m0009 from './0009_notifications.js';
import * as m0010 from './0010_search.js';
import * as m0011 from './0011_sync_speed.js';

/**
 * Append-only, in order. Imported statically (not read from a folder) so the same list works from `src` under
 * tests and from `dist` in production.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0003_catalog': m0003,
  '0004_admin': m0004,
  '0005_dbt': m0005,
  '0006_lineage_graph': m0006,
  '0007_marketplace': m0007,
  '0008_jobs': m0008,
  '0009_notifications': m0009,
  '0010_search': m0010,
  '0011_sync_speed': m0011,
};

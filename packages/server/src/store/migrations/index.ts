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
import * as m0012 from './0012_resource_facts.js';
import * as m0013 from './0013_sign_in_failures.js';
import * as m0014 from './0014_openlineage.js';
import * as m0015 from './0015_persistent_references.js';
import * as m0016 from './0016_entity_edit_conflicts.js';
import * as m0017 from './0017_knowledge.js';
import * as m0019 from './0019_quality.js';
import * as m0020 from './0020_profile_schedules.js';
import * as m0021 from './0021_secoda_fields.js';
import * as m0022 from './0022_owners_are_people.js';
import * as m0023 from './0023_scale_out.js';
import * as m0024 from './0024_entity_identity.js';
import * as m0025 from './0025_openlineage_io.js';
import * as m0026 from './0026_monitors_as_code.js';
import * as m0027 from './0027_entity_ids.js';
import * as m0029 from './0029_lineage_ends_per_statement.js';

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
  '0012_resource_facts': m0012,
  '0013_sign_in_failures': m0013,
  '0014_openlineage': m0014,
  '0015_persistent_references': m0015,
  '0016_entity_edit_conflicts': m0016,
  '0017_knowledge': m0017,
  '0019_quality': m0019,
  '0020_profile_schedules': m0020,
  '0021_secoda_fields': m0021,
  '0022_owners_are_people': m0022,
  '0023_scale_out': m0023,
  '0024_entity_identity': m0024,
  '0025_openlineage_io': m0025,
  '0026_monitors_as_code': m0026,
  '0027_entity_ids': m0027,
  '0029_lineage_ends_per_statement': m0029,
};

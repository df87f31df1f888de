/**
 * The records of a catalog export (one JSON object per line; docs/deploy.md, "Export and import"). Users and teams
 * travel by email and name, not id, so an export imports into a catalog whose accounts have other ids; every
 * other row keeps its id, so lineage, parents and links survive unchanged.
 */

export const EXPORT_FORMAT = 'sextant_export';
export const EXPORT_VERSION = 1;

/** Record kinds in the order an export writes them (an import needs each kind before the kinds that name it). */
export const RECORD_ORDER = [
  'header',
  'user',
  'team',
  'tag',
  'custom_property',
  'integration',
  'resource',
  'lineage',
  'collection',
  'sync',
  'api_key',
  'audit_log',
] as const;

export type RecordKind = (typeof RECORD_ORDER)[number];

/** Resource columns holding JSON text in the store, written as JSON values in the export. */
export const RESOURCE_JSON_COLUMNS = [
  'owners',
  'teams',
  'properties',
  'source_values',
  'user_values',
] as const;

/** Integration columns holding JSON text. */
export const INTEGRATION_JSON_COLUMNS = ['properties', 'teams'] as const;

/**
 * Columns that belong to the catalog holding the row, never to the export: its own ids, and what it works out
 * again itself (entity ids, recomputed by the import; quality scores, by the scorer on its own schedule, so an
 * export taken before a scoring pass and one taken after would otherwise differ).
 */
export const LOCAL_COLUMNS = [
  'workspace_id',
  'last_sync_id',
  'sync_id',
  'entity_id',
  'quality_score',
  'quality_scored_at',
] as const;

/** Replaces known values in a list (owners' ids by emails, team ids by names); unknown values stay as they are. */
export function mapList(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item) => (typeof item === 'string' ? (map.get(item) ?? item) : item));
}

/** `mapList` on the `owners` and `teams` keys of a source/user values object. */
export function mapPeopleInValues(
  values: unknown,
  users: ReadonlyMap<string, string>,
  teams: ReadonlyMap<string, string>,
): unknown {
  if (values === null || typeof values !== 'object' || Array.isArray(values)) return values;
  const copy = { ...(values as Record<string, unknown>) };
  if ('owners' in copy) copy.owners = mapList(copy.owners, users);
  if ('teams' in copy) copy.teams = mapList(copy.teams, teams);
  return copy;
}

export function parseJsonText(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

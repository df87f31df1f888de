import { parseJsonColumn } from '../lib/json.js';
import type { MonitorStatus, QualityBand, SearchCandidate } from '../store/search/index.js';

/** One value of a facet: what to filter by, what to show, how many of the matches have it. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export const FACET_NAMES = [
  'entity_type',
  'integration',
  'database',
  'schema',
  'tag',
  'owner',
  'verified',
  'pii',
  'quality',
  'monitor_status',
] as const;
export type FacetName = (typeof FACET_NAMES)[number];
export type SearchFacets = Record<FacetName, FacetValue[]>;

/** Values shown per facet (the most frequent). */
export const MAX_FACET_VALUES = 25;

export interface FacetLabels {
  integrationNames: Map<string, string>;
  tagsByResource: Map<string, { id: string; name: string }[]>;
  /** Users' display names by lowercased email: an owner that is a user shows as its name. */
  ownerNames: Map<string, string>;
  /** Worst monitor state per resource that has monitors (store/search listMonitorStatuses). */
  monitorStatuses: Map<string, MonitorStatus>;
}

const BAND_LABELS: Record<QualityBand, string> = {
  good: 'Good',
  moderate: 'Moderate',
  poor: 'Poor',
  not_set: 'Not set',
};

/** A table's score band (docs/quality.md); other resources have none. */
export function qualityBandOf(
  candidate: Pick<SearchCandidate, 'entity_type' | 'quality_score'>,
): QualityBand | null {
  if (candidate.quality_score === null || candidate.quality_score === undefined) {
    return candidate.entity_type === 'table' ? 'not_set' : null;
  }
  const score = Number(candidate.quality_score);
  return score >= 80 ? 'good' : score >= 50 ? 'moderate' : 'poor';
}

/** Counts each facet's values over the matches (the gathered candidates; docs/search.md says why). */
export function countSearchFacets(candidates: readonly SearchCandidate[], labels: FacetLabels): SearchFacets {
  const counters = Object.fromEntries(
    FACET_NAMES.map((name) => [name, new Map<string, FacetValue>()]),
  ) as Record<FacetName, Map<string, FacetValue>>;
  const bump = (facet: FacetName, value: string | null, label = value) => {
    if (value === null || value === '') return;
    const known = counters[facet].get(value);
    if (known) known.count++;
    else counters[facet].set(value, { value, label: label ?? value, count: 1 });
  };
  for (const candidate of candidates) {
    bump('entity_type', candidate.entity_type);
    bump(
      'integration',
      candidate.integration_id,
      candidate.integration_id
        ? (labels.integrationNames.get(candidate.integration_id) ?? candidate.integration_id)
        : null,
    );
    bump('database', candidate.database_name);
    bump('schema', candidate.schema_name);
    for (const tag of labels.tagsByResource.get(candidate.id) ?? []) bump('tag', tag.id, tag.name);
    for (const owner of new Set(parseJsonColumn<string[]>(candidate.owners, [])))
      bump('owner', String(owner), labels.ownerNames.get(String(owner).toLowerCase()) ?? String(owner));
    bump('verified', Number(candidate.verified) === 1 ? 'true' : 'false');
    bump('pii', Number(candidate.pii) === 1 ? 'true' : 'false');
    const band = qualityBandOf(candidate);
    if (band) bump('quality', band, BAND_LABELS[band]);
    bump('monitor_status', labels.monitorStatuses.get(candidate.id) ?? null);
  }
  return Object.fromEntries(
    FACET_NAMES.map((name) => [
      name,
      [...counters[name].values()]
        .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
        .slice(0, MAX_FACET_VALUES),
    ]),
  ) as SearchFacets;
}

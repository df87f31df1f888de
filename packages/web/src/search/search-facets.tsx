import { Chip, Group, Stack, Text } from '@mantine/core';
import { entityLabel } from '../components/entity-badge';
import { FACETS, type FacetName, type FacetValue, type SearchAnswer, type SearchState } from './search-api';

interface SearchFacetsProps {
  facets: SearchAnswer['facets'] | undefined;
  filters: SearchState['filters'];
  onChange: (facet: FacetName, value: string | null) => void;
}

/** Values shown per facet before "…": the most frequent first (the server sorts them). */
const SHOWN_VALUES = 8;

/**
 * One row of chips per facet that has values: each chip filters by its value and shows how many of the matches
 * have it; the chosen chip clears the filter when clicked again.
 */
export function SearchFacets({ facets, filters, onChange }: SearchFacetsProps) {
  if (!facets) return null;
  const rows = FACETS.filter((facet) => facets[facet.name].length > 0 || filters[facet.name]);
  return (
    <Stack gap={6} data-testid="search-facets">
      {rows.map((facet) => (
        <FacetRow
          key={facet.name}
          name={facet.name}
          label={facet.label}
          values={facets[facet.name]}
          chosen={filters[facet.name] ?? null}
          onChange={(value) => onChange(facet.name, value)}
        />
      ))}
    </Stack>
  );
}

function FacetRow(props: {
  name: FacetName;
  label: string;
  values: FacetValue[];
  chosen: string | null;
  onChange: (value: string | null) => void;
}) {
  const { name, label, values, chosen, onChange } = props;
  const shown = values.slice(0, SHOWN_VALUES);
  if (chosen && !shown.some((v) => v.value === chosen))
    shown.unshift({ value: chosen, label: chosen, count: 0 });
  return (
    <Group gap={6} wrap="wrap" role="group" aria-label={`Filter by ${label.toLowerCase()}`} data-facet={name}>
      <Text size="xs" c="dimmed" w={82}>
        {label}
      </Text>
      {shown.map((value) => (
        <Chip
          key={value.value}
          size="xs"
          variant="light"
          checked={chosen === value.value}
          onChange={(checked) => onChange(checked ? value.value : null)}
          data-testid={`facet-${name}`}
        >
          {chipLabel(name, value)} <b>{value.count}</b>
        </Chip>
      ))}
      {values.length > SHOWN_VALUES && (
        <Text size="xs" c="dimmed">
          +{values.length - SHOWN_VALUES} more
        </Text>
      )}
    </Group>
  );
}

function chipLabel(name: FacetName, value: FacetValue): string {
  if (name === 'entity_type') return pluralOf(entityLabel(value.value));
  if (name === 'verified' || name === 'pii') return value.value === 'true' ? 'yes' : 'no';
  return value.label;
}

/** "Table" → "Tables", "Reply" → "Replies". */
function pluralOf(label: string): string {
  return /[^aeiou]y$/.test(label) ? `${label.slice(0, -1)}ies` : `${label}s`;
}

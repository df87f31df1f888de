import { Chip, Group } from '@mantine/core';
import { entityLabel } from '../components/entity-badge';
import { FACET_TYPES } from './catalog-search';

interface EntityTypeFacetProps {
  value: string | null;
  counts: Record<string, number | undefined>;
  onChange: (entityType: string | null) => void;
}

/** "All / Table / Column / …" chips with the number of hits each would give. */
export function EntityTypeFacet({ value, counts, onChange }: EntityTypeFacetProps) {
  return (
    <Chip.Group
      value={value ?? 'all'}
      onChange={(next) => onChange(next === 'all' ? null : (next as string))}
    >
      <Group gap={6} aria-label="Filter by entity type" role="group">
        <Chip value="all" size="sm" variant="light">
          All
        </Chip>
        {FACET_TYPES.map((type) => (
          <Chip
            key={type}
            value={type}
            size="sm"
            variant="light"
            disabled={counts[type] === 0 && value !== type}
          >
            {entityLabel(type)}s{counts[type] === undefined ? '' : ` ${counts[type]}`}
          </Chip>
        ))}
      </Group>
    </Chip.Group>
  );
}

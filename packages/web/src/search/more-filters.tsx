import { Chip, Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { fetchIntegrations } from '../api/endpoints';

interface MoreFiltersProps {
  integration: string | null;
  verifiedOnly: boolean;
  piiOnly: boolean;
  onChange: (key: 'integration' | 'verified' | 'pii', value: string | null) => void;
}

/** Narrow the results to one integration, to verified assets, or to assets holding personal data. */
export function MoreFilters({ integration, verifiedOnly, piiOnly, onChange }: MoreFiltersProps) {
  const integrations = useQuery({
    queryKey: ['integrations'],
    queryFn: fetchIntegrations,
    staleTime: 60_000,
  });
  return (
    <Group gap="xs">
      <Select
        size="xs"
        w={220}
        placeholder="Any integration"
        aria-label="Integration"
        clearable
        data={(integrations.data?.results ?? []).map((item) => ({ value: item.id, label: item.name }))}
        value={integration}
        onChange={(value) => onChange('integration', value)}
      />
      <Chip
        size="xs"
        checked={verifiedOnly}
        onChange={(checked) => onChange('verified', checked ? '1' : null)}
      >
        Verified
      </Chip>
      <Chip
        size="xs"
        color="red"
        checked={piiOnly}
        onChange={(checked) => onChange('pii', checked ? '1' : null)}
      >
        PII
      </Chip>
    </Group>
  );
}

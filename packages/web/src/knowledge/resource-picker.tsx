import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { searchCatalog } from '../api/endpoints';

/** A searchable select of catalog resources (by full name). */
export function ResourcePicker({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  testId?: string;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const matches = useQuery({
    queryKey: ['resource-picker', debounced],
    queryFn: () =>
      searchCatalog({
        filter: { operator: 'contains', field: 'title_full', value: debounced },
        pageSize: 20,
      }),
    enabled: debounced.length > 0,
  });
  const options = (matches.data?.results ?? []).map((resource) => ({
    value: resource.id,
    label: `${resource.title_full || resource.title} (${resource.entity_type})`,
  }));
  return (
    <Select
      label={label}
      placeholder="Type to search the catalog"
      searchable
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      value={value}
      onChange={onChange}
      nothingFoundMessage={debounced ? 'No resource matches' : undefined}
      style={{ flex: 1 }}
      data-testid={testId}
    />
  );
}

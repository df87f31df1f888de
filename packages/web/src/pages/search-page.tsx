import { Button, Group, Loader, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArchive, IconPlugConnected, IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { LoadDemoButton } from '../demo/load-demo-button';
import { BrowsePanel } from '../search/browse-panel';
import { useCatalogSearch } from '../search/catalog-search';
import { FACETS, type FacetName, type SearchState, searchStateFrom } from '../search/search-api';
import { SearchFacets } from '../search/search-facets';
import { SearchResultRow } from '../search/search-result-row';

/**
 * The home page: one search box with results while typing, ranked by the server (`GET /api/v1/search`), a row of
 * facet chips with counts per facet, and the archive of stale assets. Query, facets and archive live in the URL.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  // 150 ms: fast typists send one request per pause, not per key.
  const [debouncedText] = useDebouncedValue(text, 150);
  const state = searchStateFrom(params, debouncedText);
  const search = useCatalogSearch(state);
  const results = search.data?.results ?? [];
  // The keyboard cursor belongs to one answer: new results put it back on the first row.
  const [cursor, setCursor] = useState<{ answer: unknown; index: number }>({ answer: undefined, index: 0 });
  const active = cursor.answer === search.data ? cursor.index : 0;
  const setActive = (update: (index: number) => number) =>
    setCursor({ answer: search.data, index: update(active) });
  const navigate = useNavigate();

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedText) next.set('q', debouncedText);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedText, setParams]);

  const setParam = (key: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const setFacet = (facet: FacetName, value: string | null) =>
    setParam(FACETS.find((f) => f.name === facet)!.param, value);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((index) => Math.min(index + 1, results.length - 1));
    else if (event.key === 'ArrowUp') setActive((index) => Math.max(index - 1, 0));
    else if (event.key === 'Enter' && results[active]) navigate(`/resources/${results[active].id}`);
    else return;
    event.preventDefault();
  };

  const browsing = !state.text.trim();
  const filtered = Object.keys(state.filters).length > 0;
  return (
    <Stack gap="md" maw={900} mx="auto" pt="lg">
      <Title order={2}>{state.archive ? 'Archive' : 'Search the catalog'}</Title>
      <TextInput
        size="lg"
        placeholder="Search tables, columns, dashboards…"
        leftSection={<IconSearch size={20} />}
        rightSection={search.isFetching ? <Loader size="xs" /> : null}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        autoFocus
        aria-label="Search the catalog"
        aria-controls="search-results"
        data-testid="search-input"
      />
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <SearchFacets facets={search.data?.facets} filters={state.filters} onChange={setFacet} />
        <Switch
          label="Archive (stale assets)"
          checked={state.archive}
          onChange={(event) => setParam('archive', event.currentTarget.checked ? '1' : null)}
          thumbIcon={<IconArchive size={10} />}
          data-testid="archive-switch"
          style={{ flexShrink: 0 }}
        />
      </Group>
      {browsing && !state.archive && !filtered && <BrowsePanel />}
      {search.error ? (
        <ErrorAlert error={search.error} title="The search failed" />
      ) : search.data === undefined ? null : search.data.count === 0 ? (
        <NoResults state={state} />
      ) : (
        <Paper withBorder p={4}>
          <Text size="xs" c="dimmed" px="md" pt="xs" pb={4} data-testid="search-summary">
            {browsing ? 'Recently created' : countText(search.data.count, search.data.approximate)}
            {search.data.count > results.length ? ` · showing the first ${results.length}` : ''} · ↑/↓ to
            move, Enter to open
          </Text>
          <Stack gap={2} id="search-results" role="listbox" aria-label="Search results">
            {results.map((resource, index) => (
              <SearchResultRow
                key={resource.id}
                resource={resource}
                active={index === active}
                onHover={() => setActive(() => index)}
              />
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function countText(count: number, approximate: boolean): string {
  return `${count}${approximate ? '+' : ''} result${count === 1 && !approximate ? '' : 's'}`;
}

function NoResults({ state }: { state: SearchState }) {
  if (state.archive) {
    return (
      <EmptyState title="The archive is empty" icon={<IconArchive />}>
        Assets that disappear from their integration’s latest sync are kept here, with your edits, until they
        come back.
      </EmptyState>
    );
  }
  if (!state.text.trim() && Object.keys(state.filters).length === 0) {
    return (
      <EmptyState
        title="Your catalog is empty"
        icon={<IconPlugConnected />}
        action={
          <Stack gap="xs" align="center">
            <Button component={Link} to="/integrations">
              Add an integration
            </Button>
            <LoadDemoButton />
          </Stack>
        }
      >
        Create an integration, then upload a metadata CSV, JSONL files or dbt artifacts to fill the catalog —
        or load the demo catalog to look around first.
      </EmptyState>
    );
  }
  return (
    <EmptyState title={`Nothing matches “${state.text.trim() || 'this filter'}”`} icon={<IconSearch />}>
      Try fewer or different words, clear a facet, or the archive switch for assets that went stale.
    </EmptyState>
  );
}

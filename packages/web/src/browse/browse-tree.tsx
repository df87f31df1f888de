import { ActionIcon, Anchor, Badge, Box, Button, Group, Loader, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconPlugConnected } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import type { Integration, ListEnvelope, Resource } from '../api/types';
import { EntityBadge } from '../components/entity-badge';
import { ErrorAlert } from '../components/error-alert';
import { fetchBrowseChildren, fetchIntegrationRoots } from './browse-source';

const INDENT = 22;
/** A tree level is a plain list: no bullets, no indent of its own (rows indent by depth). */
export const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** An integration and, once opened, the tops of its hierarchies. */
export function IntegrationBranch({ integration }: { integration: Integration }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <TreeRow
      depth={0}
      isOpen={isOpen}
      onToggle={() => setOpen(!isOpen)}
      name={integration.name}
      testId="browse-integration"
      label={
        <>
          <Badge variant="light" color="gray" leftSection={<IconPlugConnected size={12} />} tt="none">
            {integration.type}
          </Badge>
          <Anchor component={Link} to={`/integrations/${integration.id}`} size="sm" fw={600}>
            {integration.name}
          </Anchor>
        </>
      }
    >
      {isOpen && (
        <ChildList
          depth={1}
          queryKey={['browse', 'integration', integration.id]}
          fetchPage={(page) => fetchIntegrationRoots(integration.id, page)}
          emptyText="Nothing synced from this integration yet."
        />
      )}
    </TreeRow>
  );
}

/** A resource: its kind, title (a link to its page) and how many children it has, opened lazily. */
function ResourceBranch({ resource, depth }: { resource: Resource; depth: number }) {
  const [isOpen, setOpen] = useState(false);
  const hasChildren = resource.children_count > 0;
  return (
    <TreeRow
      depth={depth}
      isOpen={isOpen}
      onToggle={hasChildren ? () => setOpen(!isOpen) : undefined}
      name={resource.title}
      testId="browse-node"
      label={
        <>
          <EntityBadge entityType={resource.entity_type} nativeType={resource.native_type} />
          <Anchor
            component={Link}
            to={`/resources/${resource.id}`}
            size="sm"
            fw={500}
            ff={resource.entity_type === 'column' ? 'monospace' : undefined}
          >
            {resource.title}
          </Anchor>
          {resource.entity_type === 'column' && resource.type && (
            <Text size="xs" c="dimmed" ff="monospace">
              {resource.type}
            </Text>
          )}
          {hasChildren && (
            <Badge size="sm" variant="default" data-testid="browse-count" title="Children">
              {resource.children_count}
            </Badge>
          )}
        </>
      }
    >
      {isOpen && (
        <ChildList
          depth={depth + 1}
          queryKey={['browse', 'children', resource.id]}
          fetchPage={(page) => fetchBrowseChildren(resource, page)}
          emptyText="Nothing inside any more (its children are stale)."
        />
      )}
    </TreeRow>
  );
}

interface ChildListProps {
  depth: number;
  queryKey: unknown[];
  fetchPage: (page: number) => Promise<ListEnvelope<Resource>>;
  emptyText: string;
}

/** One level of the tree, a page at a time: a level with thousands of tables stays a short list. */
function ChildList({ depth, queryKey, fetchPage, emptyText }: ChildListProps) {
  const children = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: 1,
    getNextPageParam: (last) => last.meta.next_page ?? undefined,
  });
  const pl = depth * INDENT + 28;
  if (children.error) {
    return <ErrorAlert error={children.error} title="Cannot load this level" ml={pl} my={4} />;
  }
  if (!children.data) return <Loader size="xs" ml={pl} my={6} />;
  const rows = children.data.pages.flatMap((page) => page.results);
  const total = children.data.pages[0]?.count ?? 0;
  return (
    <ul style={LIST_STYLE}>
      {rows.length === 0 && (
        <Text component="li" size="sm" c="dimmed" pl={pl} py={4}>
          {emptyText}
        </Text>
      )}
      {rows.map((child) => (
        <ResourceBranch key={child.id} resource={child} depth={depth} />
      ))}
      {children.hasNextPage && (
        <li>
          <Button
            variant="subtle"
            size="compact-xs"
            ml={pl}
            my={4}
            loading={children.isFetchingNextPage}
            onClick={() => void children.fetchNextPage()}
            data-testid="browse-more"
          >
            Show more ({total - rows.length} not shown)
          </Button>
        </li>
      )}
    </ul>
  );
}

interface TreeRowProps {
  depth: number;
  isOpen: boolean;
  /** Absent for a leaf. */
  onToggle?: () => void;
  name: string;
  testId: string;
  label: ReactNode;
  children: ReactNode;
}

function TreeRow({ depth, isOpen, onToggle, name, testId, label, children }: TreeRowProps) {
  return (
    <li data-testid={testId} data-name={name}>
      <Group gap={6} wrap="nowrap" pl={depth * INDENT} py={3}>
        {onToggle ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            onClick={onToggle}
            aria-expanded={isOpen}
            aria-label={`${isOpen ? 'Collapse' : 'Expand'} ${name}`}
          >
            {isOpen ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          </ActionIcon>
        ) : (
          <Box w={22} />
        )}
        {label}
      </Group>
      {children}
    </li>
  );
}

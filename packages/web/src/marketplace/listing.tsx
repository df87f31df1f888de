import { Badge, Button, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPuzzle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import type { ConnectTarget } from './connect-modal';
import { fetchListing, type ListingItem } from './marketplace-api';

/** Approved integrations every workspace on the server can install, each at its newest approved version. */
export function Listing({
  isAdmin,
  onInstall,
}: {
  isAdmin: boolean;
  onInstall: (target: ConnectTarget) => void;
}) {
  const listing = useQuery({ queryKey: ['marketplace', 'listing'], queryFn: fetchListing });
  return (
    <Stack gap="sm" data-testid="marketplace-listing">
      <Title order={3}>Available integrations</Title>
      {listing.error && <ErrorAlert error={listing.error} title="Cannot load the marketplace" />}
      {listing.data?.count === 0 && (
        <EmptyState title="Nothing published yet" icon={<IconPuzzle />}>
          Integrations appear here once a reviewer approves them. Upload your own below and submit it for
          review.
        </EmptyState>
      )}
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }}>
        {listing.data?.results.map((item) => (
          <ListingCard key={item.id} item={item} isAdmin={isAdmin} onInstall={onInstall} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function ListingCard({
  item,
  isAdmin,
  onInstall,
}: {
  item: ListingItem;
  isAdmin: boolean;
  onInstall: (target: ConnectTarget) => void;
}) {
  const image = item.icon && /^(data:|https?:)/.test(item.icon);
  return (
    <Card withBorder padding="md" data-testid={`listing-${item.name}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap">
          {item.icon &&
            (image ? (
              <img src={item.icon} alt="" width={24} height={24} />
            ) : (
              <Text size="lg">{item.icon}</Text>
            ))}
          <Title order={4}>{item.name}</Title>
          <Badge variant="light" tt="none">
            {item.category}
          </Badge>
        </Group>
        {item.description && (
          <Text size="sm" lineClamp={3}>
            {item.description}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          Version {item.version} · needs{' '}
          {item.credential_fields.map((field) => field.label).join(', ') || 'no credentials'}
        </Text>
        {item.allowed_endpoints.length > 0 && (
          <Text size="xs" c="dimmed">
            Calls{' '}
            {item.allowed_endpoints.map((url) => (
              <Code key={url}>{url}</Code>
            ))}
          </Text>
        )}
        {isAdmin && (
          <Group justify="flex-end">
            <Button
              size="xs"
              onClick={() =>
                onInstall({
                  type: item.type,
                  name: item.name,
                  version: item.version,
                  credentialFields: item.credential_fields,
                })
              }
            >
              Install
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

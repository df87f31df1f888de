import { Anchor, Button, Group, NativeSelect, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { searchCatalog } from '../api/endpoints';
import { ErrorAlert } from '../components/error-alert';
import {
  createSubscription,
  deleteSubscription,
  fetchSubscriptions,
  type SlackChannel,
  type Subscription,
} from './notifications-api';

const SUBSCRIPTIONS_KEY = ['notifications', 'subscriptions'];

/** Channels subscribed to a resource hear of its newly failing dbt tests, whatever the workspace settings say. */
export function Subscriptions({
  channels,
  canEdit,
}: {
  channels: SlackChannel[] | undefined;
  canEdit: boolean;
}) {
  const list = useQuery({ queryKey: SUBSCRIPTIONS_KEY, queryFn: fetchSubscriptions });
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => deleteSubscription(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SUBSCRIPTIONS_KEY }),
  });
  const channelName = (id: string) => {
    const channel = channels?.find((candidate) => candidate.id === id);
    return channel ? `#${channel.name}` : id;
  };
  return (
    <Paper withBorder p="lg" data-testid="subscriptions">
      <Stack gap="sm">
        <Title order={4}>Subscriptions</Title>
        <Text size="sm" c="dimmed">
          A channel subscribed to a resource hears about each of its dbt tests that starts failing (a table's
          subscribers also hear about tests on its columns).
        </Text>
        {canEdit && <AddSubscriptionForm channels={channels} />}
        {list.error && <ErrorAlert error={list.error} title="Cannot load the subscriptions" />}
        {remove.error && <ErrorAlert error={remove.error} title="The subscription was not removed" />}
        {list.data?.count === 0 && (
          <Text size="sm" c="dimmed">
            No subscriptions yet.
          </Text>
        )}
        {list.data && list.data.count > 0 && (
          <Table verticalSpacing={6} data-testid="subscriptions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Resource</Table.Th>
                <Table.Th>Channel</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.results.map((subscription) => (
                <SubscriptionRow
                  key={subscription.id}
                  subscription={subscription}
                  channel={channelName(subscription.channel)}
                  canEdit={canEdit}
                  removing={remove.isPending && remove.variables === subscription.id}
                  onRemove={() => remove.mutate(subscription.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

function SubscriptionRow({
  subscription,
  channel,
  canEdit,
  removing,
  onRemove,
}: {
  subscription: Subscription;
  channel: string;
  canEdit: boolean;
  removing: boolean;
  onRemove: () => void;
}) {
  // The API answers the resource's names with the row: no id shows while a second request is on its way.
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/resources/${subscription.resource_id}`}>
          {subscription.resource_title_full || subscription.resource_title}
        </Anchor>
      </Table.Td>
      <Table.Td>{channel}</Table.Td>
      <Table.Td>
        <Text size="sm">{new Date(subscription.created_at).toLocaleDateString()}</Text>
      </Table.Td>
      <Table.Td ta="right">
        {canEdit && (
          <Button size="xs" color="red" variant="subtle" loading={removing} onClick={onRemove}>
            Remove
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function AddSubscriptionForm({ channels }: { channels: SlackChannel[] | undefined }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [resourceId, setResourceId] = useState<string | null>(null);
  const [channel, setChannel] = useState('');
  const matches = useQuery({
    queryKey: ['notifications', 'resource-search', debounced],
    queryFn: () =>
      searchCatalog({
        filter: { operator: 'contains', field: 'title_full', value: debounced },
        pageSize: 20,
      }),
    enabled: debounced.length > 0,
  });
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: () => createSubscription(resourceId ?? '', channel),
    onSuccess: () => {
      setResourceId(null);
      setSearch('');
      void queryClient.invalidateQueries({ queryKey: SUBSCRIPTIONS_KEY });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const options = (matches.data?.results ?? []).map((resource) => ({
    value: resource.id,
    label: resource.title_full || resource.title,
  }));
  return (
    <form onSubmit={submit} aria-label="Add a subscription">
      <Stack gap={6}>
        {add.error && <ErrorAlert error={add.error} title="The subscription was not added" />}
        <Group align="flex-end">
          <Select
            label="Resource"
            placeholder="Type to search the catalog"
            searchable
            filter={({ options: all }) => all}
            searchValue={search}
            onSearchChange={setSearch}
            data={options}
            value={resourceId}
            onChange={setResourceId}
            nothingFoundMessage={debounced ? 'No resource matches' : undefined}
            style={{ flex: 1 }}
            data-testid="subscription-resource"
          />
          <NativeSelect
            label="Channel"
            data={[
              { value: '', label: channels ? 'Pick a channel' : 'Channels not loaded' },
              ...(channels ?? []).map((item) => ({ value: item.id, label: `#${item.name}` })),
            ]}
            value={channel}
            onChange={(event) => setChannel(event.currentTarget.value)}
            w={240}
            data-testid="subscription-channel"
          />
          <Button type="submit" loading={add.isPending} disabled={!resourceId || !channel}>
            Subscribe
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

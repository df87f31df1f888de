import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { paths } from '@sextant/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client';

type InboxAnswer =
  paths['/api/v1/notifications/inbox']['get']['responses'][200]['content']['application/json'];

const fetchInbox = () => api<InboxAnswer>('/notifications/inbox', { query: { page_size: 50 } });
const markRead = (id: string, read: boolean) =>
  api(`/notifications/inbox/${id}`, { method: 'PATCH', body: { read } });
const markAllRead = () => api('/notifications/inbox/mark_read', { method: 'POST', body: {} });

/** The signed-in user's in-app notifications: replies and accepted answers on the questions they follow. */
export function InboxSection() {
  const client = useQueryClient();
  const inbox = useQuery({ queryKey: ['notifications', 'inbox'], queryFn: fetchInbox });
  const refresh = () => client.invalidateQueries({ queryKey: ['notifications', 'inbox'] });
  const mark = useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) => markRead(id, read),
    onSuccess: refresh,
  });
  const markAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh });
  const unread = inbox.data?.results.filter((entry) => entry.read_at === null).length ?? 0;
  return (
    <Paper withBorder p="lg" data-testid="inbox">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={4}>Your notifications</Title>
            {unread > 0 && (
              <Badge color="blue" data-testid="inbox-unread">
                {unread} unread
              </Badge>
            )}
          </Group>
          {unread > 0 && (
            <Button
              size="xs"
              variant="light"
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
              data-testid="inbox-mark-all-read"
            >
              Mark all read
            </Button>
          )}
        </Group>
        {inbox.data?.count === 0 && (
          <Text size="sm" c="dimmed">
            Nothing yet: replies and accepted answers on the questions you ask, answer or follow appear here.
          </Text>
        )}
        {inbox.data && inbox.data.count > 0 && (
          <Table verticalSpacing={6}>
            <Table.Tbody>
              {inbox.data.results.map((entry) => (
                <Table.Tr
                  key={entry.id}
                  data-testid="inbox-entry"
                  data-read={entry.read_at === null ? 'false' : 'true'}
                  fw={entry.read_at === null ? 600 : undefined}
                >
                  <Table.Td>
                    {entry.resource_id ? (
                      <Anchor component={Link} to={`/resources/${entry.resource_id}`}>
                        {entry.text}
                      </Anchor>
                    ) : (
                      entry.text
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {new Date(entry.created_at).toLocaleString()}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => mark.mutate({ id: entry.id, read: entry.read_at === null })}
                      data-testid="inbox-toggle-read"
                    >
                      {entry.read_at === null ? 'Mark read' : 'Mark unread'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

import { Button, Code, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { ErrorAlert } from '../components/error-alert';
import { fetchReviewQueue, type ReviewItem, reviewVersion } from './marketplace-api';

/**
 * The server-wide review queue, for reviewers (admins of the server's first workspace). Anyone else gets
 * `403 not_a_reviewer` from the server, and the section is not shown.
 */
export function ReviewQueue() {
  const queue = useQuery({ queryKey: ['marketplace', 'reviews'], queryFn: fetchReviewQueue, retry: false });
  if (queue.error instanceof ApiError && queue.error.status === 403) return null;
  return (
    <Stack gap="sm" data-testid="review-queue">
      <Title order={3}>Review queue</Title>
      <Text size="sm" c="dimmed">
        You review what is published on this server. Read the source of a version before approving it:
        approved versions can be installed by every workspace.
      </Text>
      {queue.error && <ErrorAlert error={queue.error} title="Cannot load the review queue" />}
      {queue.data?.count === 0 && (
        <Text size="sm" c="dimmed">
          Nothing waits for review.
        </Text>
      )}
      {queue.data && queue.data.count > 0 && (
        <Paper withBorder>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Integration</Table.Th>
                <Table.Th>Version</Table.Th>
                <Table.Th>Endpoints</Table.Th>
                <Table.Th>Submitted</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.results.map((item) => (
                <ReviewRow key={`${item.integration_id}@${item.version}`} item={item} />
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function ReviewRow({ item }: { item: ReviewItem }) {
  const [note, setNote] = useState('');
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (step: 'approve' | 'reject') =>
      reviewVersion(item.integration_id, item.version, step, note.trim()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['marketplace'] }),
  });
  return (
    <Table.Tr data-testid={`review-${item.name}`}>
      <Table.Td>
        <Text fw={500}>{item.name}</Text>
        <Text size="xs" c="dimmed">
          <Code>{item.filename}</Code> sha256 <Code>{item.sha256.slice(0, 12)}</Code>
        </Text>
      </Table.Td>
      <Table.Td>{item.version}</Table.Td>
      <Table.Td>
        <Text size="xs">{item.allowed_endpoints.join(', ') || 'none'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="xs">{item.submitted_at ? new Date(item.submitted_at).toLocaleString() : ''}</Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4}>
          {decide.error && <ErrorAlert error={decide.error} title="Not recorded" />}
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              color="teal"
              loading={decide.isPending}
              onClick={() => decide.mutate('approve')}
            >
              Approve
            </Button>
            <TextInput
              size="xs"
              placeholder="Why (needed to reject)"
              aria-label={`Rejection note for ${item.name} version ${item.version}`}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
            />
            <Button
              size="xs"
              color="red"
              variant="light"
              disabled={!note.trim()}
              loading={decide.isPending}
              onClick={() => decide.mutate('reject')}
            >
              Reject
            </Button>
          </Group>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

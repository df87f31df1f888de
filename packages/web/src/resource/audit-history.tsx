import { Code, Paper, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { fetchAuditHistory } from '../api/endpoints';
import type { AuditEntry } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { formatDate } from './resource-header';

/** Who changed what on this resource, newest first (the audit log is an admin route). */
export function AuditHistory({ resourceId, isAdmin }: { resourceId: string; isAdmin: boolean }) {
  const history = useQuery({
    queryKey: ['audit', resourceId],
    queryFn: () => fetchAuditHistory(resourceId),
    enabled: isAdmin,
  });
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        History
      </Title>
      {!isAdmin && (
        <Text size="sm" c="dimmed">
          The change history is visible to admins.
        </Text>
      )}
      {history.error &&
        (history.error instanceof ApiError && history.error.status === 403 ? (
          <Text size="sm" c="dimmed">
            The change history is visible to admins.
          </Text>
        ) : (
          <ErrorAlert error={history.error} title="Cannot load the history" />
        ))}
      {history.data && history.data.results.length === 0 && (
        <Text size="sm" c="dimmed">
          No edits through the catalog yet. Changes from syncs show on the integration’s sync history.
        </Text>
      )}
      {history.data && history.data.results.length > 0 && (
        <Timeline bulletSize={12} lineWidth={2} data-testid="audit-history">
          {history.data.results.map((entry) => (
            <Timeline.Item key={entry.id} title={describeAudit(entry)}>
              <Text size="xs" c="dimmed">
                {formatDate(entry.created_at)} · {entry.actor_api_key ? 'API key' : 'browser session'}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}

/** "update: description, owners": the action and the fields it changed. */
function describeAudit(entry: AuditEntry) {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const changed = Object.keys(after).filter(
    (key) => key !== 'updated_at' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return (
    <Text size="sm" fw={500}>
      {entry.action.replaceAll('_', ' ')}
      {changed.length > 0 && (
        <>
          {' '}
          {changed.slice(0, 5).map((key) => (
            <Code key={key} mr={4}>
              {key}
            </Code>
          ))}
        </>
      )}
    </Text>
  );
}

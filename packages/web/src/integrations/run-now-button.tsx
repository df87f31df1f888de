import { Button, Stack } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { runIntegration } from '../api/endpoints';
import { ErrorAlert } from '../components/error-alert';

/**
 * "Run now": queues a run (`POST .../run`, 202 with the sync id); the sync history then shows it running and
 * follows it to its end. A run already queued or running answers 409, named as such.
 */
export function RunNowButton({ integrationId }: { integrationId: string }) {
  const client = useQueryClient();
  const run = useMutation({
    mutationFn: () => runIntegration(integrationId),
    onSuccess: () => client.invalidateQueries({ queryKey: ['syncs', integrationId] }),
  });
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        leftSection={<IconPlayerPlay size={16} />}
        loading={run.isPending}
        onClick={() => run.mutate()}
        data-testid="run-now"
      >
        Run now
      </Button>
      {run.error && <ErrorAlert error={run.error} title={runErrorTitle(run.error)} maw={560} />}
    </Stack>
  );
}

function runErrorTitle(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Cannot start the run';
  if (error.status === 409) return 'A run of this integration is already queued or running';
  if (error.status === 404 && error.code === 'route_not_found') return 'This server cannot run integrations';
  if (error.status === 404) return 'This integration does not exist any more';
  if (error.status === 422) return 'This integration cannot be run by the server';
  return 'Cannot start the run';
}

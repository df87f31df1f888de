import { Button, type ButtonProps, Stack } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { loadDemoCatalog } from '../api/endpoints';
import { hasRole, useMe } from '../auth/session';
import { ErrorAlert } from '../components/error-alert';

interface LoadDemoButtonProps extends Omit<ButtonProps, 'onClick' | 'loading' | 'children'> {
  /** Called after the demo catalog has loaded and every cached answer was refetched. */
  onLoaded?: () => void;
}

/**
 * "Load demo catalog" for an empty workspace: `POST /api/v1/demo` (admins only, so nothing is drawn for other
 * roles), then every cached answer is refetched so the pages show the new catalog without a reload.
 */
export function LoadDemoButton({ onLoaded, ...buttonProps }: LoadDemoButtonProps) {
  const me = useMe();
  const client = useQueryClient();
  const load = useMutation({
    mutationFn: loadDemoCatalog,
    onSuccess: async () => {
      await client.invalidateQueries();
      onLoaded?.();
    },
  });
  if (!hasRole(me, 'admin')) return null;
  return (
    <Stack gap="xs" align="center">
      <Button
        variant="light"
        leftSection={<IconSparkles size={16} />}
        loading={load.isPending}
        onClick={() => load.mutate()}
        data-testid="load-demo"
        {...buttonProps}
      >
        Load demo catalog
      </Button>
      {load.error && <ErrorAlert error={load.error} title={demoErrorTitle(load.error)} maw={480} />}
    </Stack>
  );
}

function demoErrorTitle(error: unknown): string {
  if (error instanceof ApiError && error.status === 404) return 'This server has no demo catalog';
  if (error instanceof ApiError && error.status === 409) return 'The demo catalog cannot be loaded here';
  return 'Cannot load the demo catalog';
}

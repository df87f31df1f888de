import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { createApiKey, fetchApiKeys, revokeApiKey } from '../api/endpoints';
import type { ApiKey, CreatedApiKey, Role } from '../api/types';
import { hasRole, useMe } from '../auth/session';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';

const ROLES: Role[] = ['viewer', 'editor', 'admin'];

/** Your API keys: create one with a role (the key is shown once), see when each was used, revoke. */
export function ApiKeysPage() {
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: fetchApiKeys });
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <Stack gap="lg" maw={900}>
      <Title order={2}>API keys</Title>
      <Text c="dimmed" size="sm">
        Scripts and integrations call the API with <Code>Authorization: Bearer &lt;key&gt;</Code>. A key acts
        with the role you give it, never more than your own.
      </Text>
      <CreateKeyForm onCreated={setCreated} />
      {created && <NewKeyAlert created={created} onDismiss={() => setCreated(null)} />}
      {keys.error && <ErrorAlert error={keys.error} title="Cannot load your API keys" />}
      {keys.data?.count === 0 && (
        <EmptyState title="No API keys yet" icon={<IconKey />}>
          Create one above to use the API from scripts, the CLI or CI.
        </EmptyState>
      )}
      {keys.data && keys.data.count > 0 && <KeysTable keys={keys.data.results} />}
    </Stack>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const me = useMe();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => createApiKey(name.trim(), role),
    onSuccess: (key) => {
      onCreated(key);
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} aria-label="Create an API key">
        <Stack gap="sm">
          {create.error && <ErrorAlert error={create.error} title="The key was not created" />}
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="Name"
              placeholder="e.g. nightly dbt upload"
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              style={{ flex: 1, minWidth: 220 }}
              data-testid="api-key-name"
            />
            <NativeSelect
              label="Role"
              description="At most your own"
              data={ROLES.map((value) => ({ value, label: value, disabled: !hasRole(me, value) }))}
              value={role}
              onChange={(event) => setRole(event.currentTarget.value as Role)}
              w={160}
            />
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
              Create key
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function NewKeyAlert({ created, onDismiss }: { created: CreatedApiKey; onDismiss: () => void }) {
  return (
    <Alert color="teal" title={`Key “${created.name}” created`} withCloseButton onClose={onDismiss}>
      <Stack gap="xs">
        <Text size="sm">Copy it now: this is the only time it is shown.</Text>
        <Group gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="new-api-key">
            {created.key}
          </Code>
          <CopyButton value={created.key}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

function KeysTable({ keys }: { keys: ApiKey[] }) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => revokeApiKey(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
  return (
    <Paper withBorder>
      {revoke.error && <ErrorAlert error={revoke.error} title="The key was not revoked" m="sm" />}
      <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="api-keys-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Key</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id} style={{ opacity: key.revoked_at ? 0.55 : 1 }}>
              <Table.Td fw={500}>{key.name}</Table.Td>
              <Table.Td>
                <Code>{key.prefix}…</Code>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" tt="none">
                  {key.role}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{new Date(key.created_at).toLocaleDateString()}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {key.last_used_at ? new Date(key.last_used_at).toLocaleString() : 'never'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                {key.revoked_at ? (
                  <Badge color="gray" variant="outline">
                    revoked
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    color="red"
                    variant="subtle"
                    loading={revoke.isPending && revoke.variables === key.id}
                    onClick={() => {
                      if (window.confirm(`Revoke “${key.name}”? Scripts using it stop working at once.`)) {
                        revoke.mutate(key.id);
                      }
                    }}
                  >
                    Revoke
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

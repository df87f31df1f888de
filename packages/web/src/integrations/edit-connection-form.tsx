import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { updateIntegrationCredentials } from '../api/endpoints';
import type { Connector } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { FieldInput, toCredentials, type Values } from './connector-form';

const KEEP = 'keep';

/**
 * Changes a saved connector integration's credentials. The server never sends stored values back (not even the
 * host), so every field starts empty and an empty field keeps what is stored: only what the user types is sent.
 * Switches cannot be empty, so they are a choice of keep / on / off.
 */
export function EditConnectionForm({
  integrationId,
  connector,
  onSaved,
  onCancel,
}: {
  integrationId: string;
  connector: Connector;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<Values>({});
  const [switches, setSwitches] = useState<Record<string, string>>({});
  const queryClient = useQueryClient();
  const changed = () => {
    const credentials = toCredentials(
      connector.fields.filter((field) => field.type !== 'boolean'),
      values,
    );
    for (const [key, choice] of Object.entries(switches))
      if (choice !== KEEP) credentials[key] = choice === 'on';
    return credentials;
  };
  const save = useMutation({
    mutationFn: () => updateIntegrationCredentials(integrationId, changed()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['integration', integrationId] });
      onSaved();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const nothingChanged = Object.keys(changed()).length === 0;
  return (
    <form onSubmit={submit} aria-label="Edit the connection" data-testid="edit-connection-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Fill in only what changes; an empty field keeps its stored value.
        </Text>
        {connector.fields.map((field) =>
          field.type === 'boolean' ? (
            <Select
              key={field.key}
              label={field.label}
              description={field.description}
              data={[
                { value: KEEP, label: 'Keep as stored' },
                { value: 'on', label: 'On' },
                { value: 'off', label: 'Off' },
              ]}
              value={switches[field.key] ?? KEEP}
              onChange={(choice) => setSwitches((old) => ({ ...old, [field.key]: choice ?? KEEP }))}
              data-testid={`connector-field-${field.key}`}
            />
          ) : (
            <FieldInput
              key={field.key}
              field={{ ...field, required: false }}
              value={values[field.key]}
              onChange={(value) => setValues((old) => ({ ...old, [field.key]: value }))}
            />
          ),
        )}
        {save.error && <ErrorAlert error={save.error} title="The connection was not changed" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={nothingChanged}
            data-testid="save-connection"
          >
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Autocomplete, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { createIntegration } from '../api/endpoints';
import { ErrorAlert } from '../components/error-alert';

// Suggestions only: the type is free text (compat.md: "postgres, dbt, custom, ...").
const KNOWN_TYPES = [
  'custom',
  'csv',
  'jsonl',
  'dbt',
  'postgres',
  'mysql',
  'snowflake',
  'bigquery',
  'looker',
  'tableau',
];

/** Name + type; on success, opens the new integration so the user can upload to it. */
export function CreateIntegrationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [type, setType] = useState('custom');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: () => createIntegration(name.trim(), type.trim()),
    onSuccess: (integration) => {
      void queryClient.invalidateQueries({ queryKey: ['integrations'] });
      onClose();
      navigate(`/integrations/${integration.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="New integration">
      <form onSubmit={submit}>
        <Stack>
          {create.error && <ErrorAlert error={create.error} title="The integration was not created" />}
          <TextInput
            label="Name"
            placeholder="Warehouse metadata"
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            data-testid="integration-name"
          />
          <Autocomplete
            label="Type"
            description="The kind of source. Use custom for CSV and JSONL uploads."
            required
            data={KNOWN_TYPES}
            value={type}
            onChange={setType}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!name.trim() || !type.trim()}>
              Create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

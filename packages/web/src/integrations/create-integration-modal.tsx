import {
  Autocomplete,
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconDatabase, IconFileUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { createIntegration } from '../api/endpoints';
import type { Connector } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { ConnectorForm, ConnectorIntro } from './connector-form';
import { useConnectors } from './runnable';

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

/**
 * "Add integration": pick a source first. A built-in connector (PostgreSQL, MySQL/MariaDB: the list comes from
 * `GET /integration/connectors`) opens its generated form; "Files or SDK" is the name + type form for push-based
 * integrations (CSV, JSONL, dbt, SDK runs).
 */
export function CreateIntegrationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [source, setSource] = useState<Connector | 'push' | null>(null);
  const close = () => {
    setSource(null);
    onClose();
  };
  const title =
    source === null
      ? 'Add integration'
      : source === 'push'
        ? 'New integration (files or SDK)'
        : `Connect ${source.label}`;
  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      {source === null && <SourcePicker onPick={setSource} />}
      {source === 'push' && <PushIntegrationForm onClose={close} />}
      {source !== null && source !== 'push' && (
        <Stack gap="sm">
          <ConnectorIntro connector={source} />
          <ConnectorForm key={source.type} connector={source} />
          <Button variant="subtle" size="xs" onClick={() => setSource(null)} w="fit-content">
            Back to the sources
          </Button>
        </Stack>
      )}
    </Modal>
  );
}

function SourcePicker({ onPick }: { onPick: (source: Connector | 'push') => void }) {
  const connectors = useConnectors();
  return (
    <Stack gap="sm">
      {connectors.error && <ErrorAlert error={connectors.error} title="Cannot list the connectors" />}
      <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="source-picker">
        {connectors.data?.results.map((connector) => (
          <SourceCard
            key={connector.type}
            title={connector.label}
            text="Connect to the database; the server reads its catalog on a schedule."
            icon={<IconDatabase size={20} />}
            onClick={() => onPick(connector)}
            testId={`source-${connector.type}`}
          />
        ))}
        <SourceCard
          title="Files or SDK"
          text="Upload CSV, JSONL or dbt artifacts, or push from an SDK integration."
          icon={<IconFileUpload size={20} />}
          onClick={() => onPick('push')}
          testId="source-push"
        />
      </SimpleGrid>
    </Stack>
  );
}

function SourceCard(props: {
  title: string;
  text: string;
  icon: ReactNode;
  onClick: () => void;
  testId: string;
}) {
  return (
    <UnstyledButton onClick={props.onClick} data-testid={props.testId} aria-label={props.title}>
      <Paper withBorder p="md" h="100%">
        <Group gap="xs" mb={4}>
          {props.icon}
          <Text fw={600}>{props.title}</Text>
        </Group>
        <Text size="sm" c="dimmed">
          {props.text}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}

/** Name + type; on success, opens the new integration so the user can upload to it. */
function PushIntegrationForm({ onClose }: { onClose: () => void }) {
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
  );
}

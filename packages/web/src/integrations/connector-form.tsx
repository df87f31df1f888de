import {
  Button,
  Divider,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { createConnectorIntegration, runIntegration, testConnector } from '../api/endpoints';
import type { Connector, ConnectorField } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { ConnectionTestResultView } from './connection-test-result';

export type Values = Record<string, string | number | boolean>;

/**
 * The form of one built-in connector, built from its declared fields (`GET /integration/connectors`): secret
 * fields are password inputs, lists are comma-separated. Test connection answers before anything is saved;
 * Save creates the integration with its schedule, and "Save and run now" also queues its first run.
 */
export function ConnectorForm({ connector }: { connector: Connector }) {
  const [name, setName] = useState(connector.label);
  const [values, setValues] = useState<Values>(() => initialValues(connector.fields));
  const [schedule, setSchedule] = useState({
    enabled: true,
    hour: 0 as number | string,
    days: 1 as number | string,
  });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const credentials = () => toCredentials(connector.fields, values);
  const test = useMutation({ mutationFn: () => testConnector(connector.type, credentials()) });
  const save = useMutation({
    mutationFn: async ({ runNow }: { runNow: boolean }) => {
      const integration = await createConnectorIntegration({
        name: name.trim(),
        type: connector.type,
        credentials: credentials(),
        schedule_enabled: schedule.enabled,
        scheduled_extractions_hour: Number(schedule.hour),
        scheduled_extractions_frequency: Number(schedule.days),
      });
      if (runNow) await runIntegration(integration.id);
      return integration;
    },
    onSuccess: (integration) => {
      void queryClient.invalidateQueries({ queryKey: ['integrations'] });
      navigate(`/integrations/${integration.id}`);
    },
  });
  const set = (key: string, value: string | number | boolean) =>
    setValues((old) => ({ ...old, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ runNow: false });
  };
  return (
    <form onSubmit={submit} aria-label={`Connect ${connector.label}`} data-testid="connector-form">
      <Stack gap="sm">
        <TextInput
          label="Integration name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-testid="integration-name"
        />
        {connector.fields.map((field) => (
          <FieldInput
            key={field.key}
            field={field}
            value={values[field.key]}
            onChange={(v) => set(field.key, v)}
          />
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlugConnected size={16} />}
            loading={test.isPending}
            onClick={() => test.mutate()}
            data-testid="test-connection"
          >
            Test connection
          </Button>
        </Group>
        {test.error && <ErrorAlert error={test.error} title="Cannot test the connection" />}
        {test.data && <ConnectionTestResultView result={test.data} />}
        <Divider label="Schedule" labelPosition="left" />
        <Group align="flex-end" gap="md" wrap="wrap">
          <Switch
            label="Run on a schedule"
            checked={schedule.enabled}
            onChange={(event) => {
              const enabled = event.currentTarget.checked;
              setSchedule((old) => ({ ...old, enabled }));
            }}
          />
          <NumberInput
            label="Hour (UTC)"
            min={0}
            max={23}
            allowDecimal={false}
            clampBehavior="strict"
            w={120}
            value={schedule.hour}
            disabled={!schedule.enabled}
            onChange={(hour) => setSchedule((old) => ({ ...old, hour }))}
          />
          <NumberInput
            label="Every N days"
            min={1}
            max={365}
            allowDecimal={false}
            clampBehavior="strict"
            w={140}
            value={schedule.days}
            disabled={!schedule.enabled}
            onChange={(days) => setSchedule((old) => ({ ...old, days }))}
          />
        </Group>
        {save.error && <ErrorAlert error={save.error} title="The integration was not saved" />}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={save.isPending} disabled={!name.trim()}>
            Save
          </Button>
          <Button
            loading={save.isPending}
            disabled={!name.trim()}
            onClick={() => save.mutate({ runNow: true })}
            data-testid="save-and-run"
          >
            Save and run now
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function FieldInput({
  field,
  value,
  onChange,
}: {
  field: ConnectorField;
  value: string | number | boolean | undefined;
  onChange: (value: string | number | boolean) => void;
}) {
  const common = {
    label: field.label,
    description:
      field.type === 'string_list'
        ? `${field.description ?? ''} (separate several with commas)`
        : field.description,
    required: field.required,
    'data-testid': `connector-field-${field.key}`,
  };
  const text = typeof value === 'string' ? value : '';
  switch (field.type) {
    case 'boolean':
      return (
        <Switch
          label={field.label}
          description={field.description}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
          data-testid={`connector-field-${field.key}`}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          allowDecimal={false}
          value={typeof value === 'number' || typeof value === 'string' ? value : ''}
          onChange={(next) => onChange(next)}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          data={field.options ?? []}
          value={text || null}
          onChange={(next) => onChange(next ?? '')}
        />
      );
    case 'text':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    default:
      return field.secret || field.type === 'password' ? (
        <PasswordInput {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <TextInput {...common} value={text} onChange={(e) => onChange(e.currentTarget.value)} />
      );
  }
}

/** Field defaults as form values: lists shown comma-separated, absent defaults empty. */
function initialValues(fields: ConnectorField[]): Values {
  const values: Values = {};
  for (const field of fields) {
    const fallback = field.default;
    if (field.type === 'boolean') values[field.key] = fallback === true;
    else if (Array.isArray(fallback)) values[field.key] = fallback.join(', ');
    else if (typeof fallback === 'number' || typeof fallback === 'string') values[field.key] = fallback;
    else values[field.key] = '';
  }
  return values;
}

/** Form values as the credentials object: empty fields left out, lists split, numbers as numbers. */
export function toCredentials(fields: ConnectorField[], values: Values): Record<string, unknown> {
  const credentials: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || value === '') continue;
    if (field.type === 'string_list' && typeof value === 'string') {
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      if (items.length > 0) credentials[field.key] = items;
    } else if (field.type === 'number') credentials[field.key] = Number(value);
    else credentials[field.key] = value;
  }
  return credentials;
}

/** Shown above the form: what the connector reads, and where the grants are documented. */
export function ConnectorIntro({ connector }: { connector: Connector }) {
  return (
    <Text size="sm" c="dimmed">
      Reads the catalog of {connector.label} read-only: databases, tables, views, columns, comments, sizes,
      foreign keys and view lineage. The least-privilege grants are in docs/connectors.md.
    </Text>
  );
}

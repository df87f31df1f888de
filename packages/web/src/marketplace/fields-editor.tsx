import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { CredentialField } from './marketplace-api';

/** The credential fields an integration declares: key, label, and whether the value is a secret. */
export function CredentialFieldsEditor({
  value,
  onChange,
}: {
  value: CredentialField[];
  onChange: (fields: CredentialField[]) => void;
}) {
  const update = (index: number, patch: Partial<CredentialField>) =>
    onChange(value.map((field, at) => (at === index ? { ...field, ...patch } : field)));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Credential fields
      </Text>
      <Text size="xs" c="dimmed">
        What a connection asks for. Keys are identifiers (letters, digits, _); sensitive ones are typed as
        passwords. Every value is stored encrypted either way.
      </Text>
      {value.map((field, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity of their own
        <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            aria-label={`Credential ${index + 1} key`}
            placeholder="api_token"
            value={field.key}
            onChange={(event) => update(index, { key: event.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <TextInput
            aria-label={`Credential ${index + 1} label`}
            placeholder="API token"
            value={field.label}
            onChange={(event) => update(index, { label: event.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <Checkbox
            label="Sensitive"
            aria-label={`Credential ${index + 1} sensitive`}
            checked={field.sensitive}
            onChange={(event) => update(index, { sensitive: event.currentTarget.checked })}
            mb={8}
          />
          <RemoveRow
            label={`Remove credential ${index + 1}`}
            onClick={() => onChange(value.filter((_, at) => at !== index))}
            mb={4}
          />
        </Group>
      ))}
      <AddRow onClick={() => onChange([...value, { key: '', label: '', sensitive: true }])}>
        Add credential field
      </AddRow>
    </Stack>
  );
}

/** The URL prefixes the code may call, one per row. */
export function EndpointsEditor({
  value,
  onChange,
}: {
  value: string[];
  onChange: (urls: string[]) => void;
}) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Allowed endpoints
      </Text>
      <Text size="xs" c="dimmed">
        URL prefixes the code may call, e.g. https://api.example.com/v1. Anything else is refused when it
        runs.
      </Text>
      {value.map((url, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no identity of their own
        <Group key={index} gap="xs" wrap="nowrap">
          <TextInput
            aria-label={`Endpoint ${index + 1}`}
            placeholder="https://api.example.com"
            value={url}
            onChange={(event) =>
              onChange(value.map((old, at) => (at === index ? event.currentTarget.value : old)))
            }
            style={{ flex: 1 }}
          />
          <RemoveRow
            label={`Remove endpoint ${index + 1}`}
            onClick={() => onChange(value.filter((_, at) => at !== index))}
          />
        </Group>
      ))}
      <AddRow onClick={() => onChange([...value, ''])}>Add endpoint</AddRow>
    </Stack>
  );
}

/** The button that removes one row of a list editor. */
function RemoveRow({ label, onClick, mb }: { label: string; onClick: () => void; mb?: number }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick} mb={mb}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}

/** The button under a list editor that adds an empty row. */
function AddRow({ onClick, children }: { onClick: () => void; children: string }) {
  return (
    <Group>
      <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onClick}>
        {children}
      </Button>
    </Group>
  );
}

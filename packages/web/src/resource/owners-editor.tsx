import { ActionIcon, Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Resource } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useUpdateResource } from './use-resource';

/**
 * Owners by name (owners are people: the server answers user ids and names them in `owners_display`; an owner with
 * no account here is marked external). Editors change the list in place by email: the server resolves each email
 * to its user and keeps the others as external owners.
 */
export function OwnersEditor({ resource, canEdit }: { resource: Resource; canEdit: boolean }) {
  const [draft, setDraft] = useState<string[] | null>(null);
  const update = useUpdateResource(resource.id);
  const owners = resource.owners_display ?? [];
  if (draft === null) {
    return (
      <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
        <Text size="sm" c={owners.length ? undefined : 'dimmed'} data-testid="owners">
          {owners.length
            ? owners.map((owner) => (owner.external ? `${owner.name} (external)` : owner.name)).join(', ')
            : 'No owner yet'}
        </Text>
        {canEdit && (
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label="Edit owners"
            onClick={() => setDraft(owners.map((owner) => owner.email ?? owner.name))}
          >
            <IconPencil size={14} />
          </ActionIcon>
        )}
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      {update.error && <ErrorAlert error={update.error} title="Owners not saved" />}
      <TagsInput
        aria-label="Owner emails"
        placeholder="name@company.com, then Enter"
        value={draft}
        onChange={setDraft}
        splitChars={[',', ' ']}
      />
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={() => setDraft(null)}>
          Cancel
        </Button>
        <Button
          size="xs"
          loading={update.isPending}
          onClick={() => update.mutate({ owners: draft }, { onSuccess: () => setDraft(null) })}
        >
          Save
        </Button>
      </Group>
    </Stack>
  );
}

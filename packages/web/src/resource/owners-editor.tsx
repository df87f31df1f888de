import { ActionIcon, Button, Group, Stack, TagsInput, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Resource } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useUpdateResource } from './use-resource';

/** Owner emails; editors change the list in place. */
export function OwnersEditor({ resource, canEdit }: { resource: Resource; canEdit: boolean }) {
  const [draft, setDraft] = useState<string[] | null>(null);
  const update = useUpdateResource(resource.id);
  if (draft === null) {
    return (
      <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
        <Text size="sm" c={resource.owners.length ? undefined : 'dimmed'} data-testid="owners">
          {resource.owners.length ? resource.owners.join(', ') : 'No owner yet'}
        </Text>
        {canEdit && (
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label="Edit owners"
            onClick={() => setDraft(resource.owners)}
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

import { ActionIcon, Badge, Button, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Resource, Tag } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useUpdateResource } from './use-resource';

interface TagsEditorProps {
  resource: Resource;
  tags: Tag[];
  canEdit: boolean;
}

/** The resource's tags as coloured badges; editors pick from the workspace's tags (the PATCH replaces the list). */
export function TagsEditor({ resource, tags, canEdit }: TagsEditorProps) {
  const [draft, setDraft] = useState<string[] | null>(null);
  const update = useUpdateResource(resource.id);
  const tagById = new Map(tags.map((tag) => [tag.id, tag]));
  if (draft === null) {
    return (
      <Group gap={6} wrap="nowrap" align="flex-start" justify="space-between">
        {resource.tags.length === 0 ? (
          <Text size="sm" c="dimmed">
            No tags
          </Text>
        ) : (
          <Group gap={6}>
            {resource.tags.map((id) => (
              <Badge key={id} variant="dot" color={tagById.get(id)?.color ?? 'gray'} tt="none">
                {tagById.get(id)?.name ?? id}
              </Badge>
            ))}
          </Group>
        )}
        {canEdit && tags.length > 0 && (
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label="Edit tags"
            onClick={() => setDraft(resource.tags)}
          >
            <IconPencil size={14} />
          </ActionIcon>
        )}
      </Group>
    );
  }
  return (
    <Stack gap="xs">
      {update.error && <ErrorAlert error={update.error} title="Tags not saved" />}
      <MultiSelect
        aria-label="Tags"
        placeholder="Pick tags"
        searchable
        data={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
        value={draft}
        onChange={setDraft}
      />
      <Group justify="flex-end" gap="xs">
        <Button size="xs" variant="default" onClick={() => setDraft(null)}>
          Cancel
        </Button>
        <Button
          size="xs"
          loading={update.isPending}
          onClick={() => update.mutate({ tags: draft }, { onSuccess: () => setDraft(null) })}
        >
          Save
        </Button>
      </Group>
    </Stack>
  );
}

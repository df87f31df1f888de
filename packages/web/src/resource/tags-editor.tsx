import { ActionIcon, Badge, Button, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createTag } from '../api/endpoints';
import type { Resource, Tag } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { useUpdateResource } from './use-resource';

interface TagsEditorProps {
  resource: Resource;
  tags: Tag[];
  canEdit: boolean;
}

/**
 * The resource's tags as coloured badges; editors pick from the workspace's tags, or create one on the spot
 * (`POST /api/v1/tag`, then picked), and save (the PATCH replaces the list).
 */
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
        {canEdit && (
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
        nothingFoundMessage="No such tag: create it below"
      />
      <NewTagInput onCreated={(tag) => setDraft((current) => [...(current ?? []), tag.id])} />
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

/** Creates a workspace tag by name; the new tag is added to the tags being picked. */
function NewTagInput({ onCreated }: { onCreated: (tag: Tag) => void }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: () => createTag(name.trim()),
    onSuccess: async (tag) => {
      setName('');
      await client.invalidateQueries({ queryKey: ['tags'] });
      onCreated(tag);
    },
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label="New tag name"
          placeholder="New tag"
          size="xs"
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && name.trim()) create.mutate();
          }}
          style={{ flex: 1 }}
        />
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          disabled={!name.trim()}
          loading={create.isPending}
          onClick={() => create.mutate()}
        >
          Create tag
        </Button>
      </Group>
      {create.error && <ErrorAlert error={create.error} title="Tag not created" />}
    </Stack>
  );
}

import { ActionIcon, Group, Text, TextInput } from '@mantine/core';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { describeError } from '../api/client';
import { updateResource } from '../api/endpoints';
import type { Resource } from '../api/types';

/** A column's description in the columns table; editors change it in place (Enter saves, Escape cancels). */
export function ColumnDescriptionCell({
  column,
  tableId,
  canEdit,
}: {
  column: Resource;
  tableId: string;
  canEdit: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (description: string) => updateResource(column.id, { description }),
    onSuccess: () => {
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: ['columns', tableId] });
    },
  });
  if (draft === null) {
    return (
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="sm" c={column.description ? undefined : 'dimmed'} lineClamp={2}>
          {column.description || '—'}
        </Text>
        {canEdit && (
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={`Edit the description of ${column.title}`}
            onClick={() => setDraft(column.description)}
          >
            <IconPencil size={14} />
          </ActionIcon>
        )}
      </Group>
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') save.mutate(draft);
    if (event.key === 'Escape') setDraft(null);
  };
  return (
    <Group gap={4} wrap="nowrap">
      <TextInput
        size="xs"
        style={{ flex: 1 }}
        autoFocus
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        error={save.error ? `Not saved: ${describeError(save.error)}` : undefined}
        aria-label={`Description of ${column.title}`}
      />
      <ActionIcon size="sm" aria-label="Save" loading={save.isPending} onClick={() => save.mutate(draft)}>
        <IconCheck size={14} />
      </ActionIcon>
      <ActionIcon size="sm" variant="default" aria-label="Cancel" onClick={() => setDraft(null)}>
        <IconX size={14} />
      </ActionIcon>
    </Group>
  );
}

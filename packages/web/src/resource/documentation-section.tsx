import { Button, Code, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Resource } from '../api/types';
import { ErrorAlert } from '../components/error-alert';
import { Markdown } from '../components/markdown';
import { useUpdateResource } from './use-resource';

interface DocumentationSectionProps {
  resource: Resource;
  canEdit: boolean;
}

/**
 * The short description and the long documentation (markdown). Editors switch to a form; a saved edit becomes the
 * user value, which later syncs respect (the integration's import policy).
 */
export function DocumentationSection({ resource, canEdit }: DocumentationSectionProps) {
  const [editing, setEditing] = useState(false);
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>About</Title>
        {canEdit && !editing && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
            data-testid="edit-documentation"
          >
            Edit
          </Button>
        )}
      </Group>
      {editing ? (
        <DocumentationForm resource={resource} onDone={() => setEditing(false)} />
      ) : (
        <DocumentationView resource={resource} canEdit={canEdit} />
      )}
    </Paper>
  );
}

function DocumentationView({ resource, canEdit }: DocumentationSectionProps) {
  if (!resource.description && !resource.definition) {
    return (
      <Text c="dimmed" size="sm" data-testid="description">
        No description yet.{' '}
        {canEdit
          ? 'Use Edit to say what this is, who uses it and how it is built.'
          : 'Ask an editor to add one.'}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {resource.description && (
        <Text data-testid="description" style={{ whiteSpace: 'pre-wrap' }}>
          {resource.description}
        </Text>
      )}
      {resource.definition &&
        (looksLikeSql(resource.definition) ? (
          <Code block data-testid="definition-sql">
            {resource.definition}
          </Code>
        ) : (
          <Markdown source={resource.definition} />
        ))}
    </Stack>
  );
}

function DocumentationForm({ resource, onDone }: { resource: Resource; onDone: () => void }) {
  const [description, setDescription] = useState(resource.description);
  const [definition, setDefinition] = useState(resource.definition);
  const update = useUpdateResource(resource.id);
  const save = () => update.mutate({ description, definition }, { onSuccess: onDone });
  return (
    <Stack gap="sm">
      {update.error && <ErrorAlert error={update.error} title="The change was not saved" />}
      <Textarea
        label="Description"
        description="One or two sentences, shown in search results."
        autosize
        minRows={2}
        value={description}
        onChange={(event) => setDescription(event.currentTarget.value)}
        data-testid="description-input"
      />
      <Textarea
        label="Documentation"
        description="Markdown: headings, lists, links, tables, code. Raw HTML is not rendered."
        autosize
        minRows={6}
        ff="monospace"
        value={definition}
        onChange={(event) => setDefinition(event.currentTarget.value)}
      />
      {definition && (
        <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)">
          <Text size="xs" c="dimmed" mb={4}>
            Preview
          </Text>
          <Markdown source={definition} />
        </Paper>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={update.isPending}>
          Cancel
        </Button>
        <Button onClick={save} loading={update.isPending} data-testid="save-documentation">
          Save
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * dbt and SQL integrations put a model's compiled SQL in `definition`; rendered as markdown it would lose its
 * layout (and `*` would turn into emphasis), so SQL is shown as code.
 */
function looksLikeSql(text: string): boolean {
  const start = text
    .replace(/^(\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '')
    .slice(0, 20)
    .toLowerCase();
  return /^(select|with|create|insert|merge|update|delete)\b/.test(start);
}

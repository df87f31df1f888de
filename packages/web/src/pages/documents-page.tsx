import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { hasRole, useMe } from '../auth/session';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { createDocument, fetchDocuments, type KnowledgeDocument } from '../knowledge/knowledge-api';
import { MarkdownEditor } from '../knowledge/markdown-editor';

/** The team's documents as a tree of pages; editors write new ones (drafts stay hidden from viewers). */
export function DocumentsPage() {
  const me = useMe();
  const documents = useQuery({ queryKey: ['documents'], queryFn: fetchDocuments });
  if (documents.error) return <ErrorAlert error={documents.error} title="Cannot load the documents" />;
  if (!documents.data) return <PageLoader />;
  const all = documents.data.results;
  return (
    <Stack gap="lg">
      <Title order={2}>Docs</Title>
      <Paper withBorder p="lg" data-testid="document-tree">
        {all.length === 0 ? (
          <Text c="dimmed">No documents yet.</Text>
        ) : (
          <DocumentTree all={all} parent={null} />
        )}
      </Paper>
      {hasRole(me, 'editor') && <NewDocumentForm documents={all} />}
    </Stack>
  );
}

function DocumentTree({ all, parent }: { all: KnowledgeDocument[]; parent: string | null }) {
  const ids = new Set(all.map((doc) => doc.id));
  // A page whose parent is not listed (a viewer does not see a draft parent) shows at the top.
  const children = all.filter((doc) =>
    parent === null ? !doc.parent || !ids.has(doc.parent) : doc.parent === parent,
  );
  if (children.length === 0) return null;
  return (
    <Stack gap={4} pl={parent ? 'md' : 0}>
      {children.map((doc) => (
        <div key={doc.id}>
          <Group gap={6}>
            <Text span>{doc.icon ?? '📄'}</Text>
            <Anchor component={Link} to={`/resources/${doc.id}`}>
              {doc.title}
            </Anchor>
            {!doc.published && <Badge color="gray">Draft</Badge>}
          </Group>
          <DocumentTree all={all} parent={doc.id} />
        </div>
      ))}
    </Stack>
  );
}

function NewDocumentForm({ documents }: { documents: KnowledgeDocument[] }) {
  const [title, setTitle] = useState('');
  const [definition, setDefinition] = useState('');
  const [parent, setParent] = useState('');
  const [published, setPublished] = useState(true);
  const navigate = useNavigate();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: () => createDocument({ title, definition, parent: parent || null, published }),
    onSuccess: (doc) => {
      void client.invalidateQueries({ queryKey: ['documents'] });
      navigate(`/resources/${doc.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} aria-label="New document">
        <Stack gap="sm">
          <Title order={4}>New document</Title>
          {create.error && <ErrorAlert error={create.error} title="The document was not created" />}
          <TextInput label="Title" value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
          <NativeSelect
            label="Under"
            data={[
              { value: '', label: 'Top level' },
              ...documents.map((d) => ({ value: d.id, label: d.title })),
            ]}
            value={parent}
            onChange={(event) => setParent(event.currentTarget.value)}
          />
          <MarkdownEditor label="Text" value={definition} onChange={setDefinition} testId="document-text" />
          <Switch
            label="Published (viewers see it)"
            checked={published}
            onChange={(event) => setPublished(event.currentTarget.checked)}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
              Create document
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

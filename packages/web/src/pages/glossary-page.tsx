import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
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
import { createTerm, createTermGroup, fetchTermGroups, fetchTerms } from '../knowledge/knowledge-api';
import { MarkdownEditor } from '../knowledge/markdown-editor';

/** The glossary: what the team's words mean, by term group; editors add terms and groups. */
export function GlossaryPage() {
  const me = useMe();
  const terms = useQuery({ queryKey: ['glossary', 'terms'], queryFn: fetchTerms });
  const groups = useQuery({ queryKey: ['glossary', 'groups'], queryFn: fetchTermGroups });
  const canEdit = hasRole(me, 'editor');
  if (terms.error) return <ErrorAlert error={terms.error} title="Cannot load the glossary" />;
  if (!terms.data || !groups.data) return <PageLoader />;
  const groupTitle = new Map(groups.data.results.map((group) => [group.id, group.title]));
  return (
    <Stack gap="lg">
      <Title order={2}>Glossary</Title>
      <Paper withBorder p="lg">
        {terms.data.count === 0 ? (
          <Text c="dimmed">No terms yet.</Text>
        ) : (
          <Table verticalSpacing={6} data-testid="glossary-terms">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Term</Table.Th>
                <Table.Th>Group</Table.Th>
                <Table.Th>Synonyms</Table.Th>
                <Table.Th>Description</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {terms.data.results.map((term) => (
                <Table.Tr key={term.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/resources/${term.id}`}>
                      {term.title}
                    </Anchor>{' '}
                    {!term.published && <Badge color="gray">Draft</Badge>}
                  </Table.Td>
                  <Table.Td>{term.parent ? groupTitle.get(term.parent) : ''}</Table.Td>
                  <Table.Td>{term.synonyms.join(', ')}</Table.Td>
                  <Table.Td>{term.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      {canEdit && <NewTermForm groups={groups.data.results} />}
      {canEdit && <NewGroupForm />}
    </Stack>
  );
}

function NewTermForm({ groups }: { groups: Array<{ id: string; title: string }> }) {
  const [title, setTitle] = useState('');
  const [definition, setDefinition] = useState('');
  const [synonyms, setSynonyms] = useState('');
  const [group, setGroup] = useState('');
  const navigate = useNavigate();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      createTerm({
        title,
        definition,
        parent: group || null,
        synonyms: synonyms
          .split(',')
          .map((word) => word.trim())
          .filter(Boolean),
      }),
    onSuccess: (term) => {
      void client.invalidateQueries({ queryKey: ['glossary'] });
      navigate(`/resources/${term.id}`);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} aria-label="New term">
        <Stack gap="sm">
          <Title order={4}>New term</Title>
          {create.error && <ErrorAlert error={create.error} title="The term was not created" />}
          <TextInput label="Term" value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
          <TextInput
            label="Synonyms"
            description="Comma-separated"
            value={synonyms}
            onChange={(event) => setSynonyms(event.currentTarget.value)}
          />
          <NativeSelect
            label="Group"
            data={[{ value: '', label: 'No group' }, ...groups.map((g) => ({ value: g.id, label: g.title }))]}
            value={group}
            onChange={(event) => setGroup(event.currentTarget.value)}
          />
          <MarkdownEditor
            label="Definition"
            value={definition}
            onChange={setDefinition}
            testId="term-definition"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
              Create term
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function NewGroupForm() {
  const [title, setTitle] = useState('');
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: () => createTermGroup({ title }),
    onSuccess: () => {
      setTitle('');
      void client.invalidateQueries({ queryKey: ['glossary'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} aria-label="New term group">
        {create.error && <ErrorAlert error={create.error} title="The group was not created" />}
        <Group align="flex-end">
          <TextInput
            label="New term group"
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={create.isPending} disabled={!title.trim()}>
            Create group
          </Button>
        </Group>
      </form>
    </Paper>
  );
}

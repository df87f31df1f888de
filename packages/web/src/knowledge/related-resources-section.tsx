import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { Resource } from '../api/types';
import { EntityBadge } from '../components/entity-badge';
import { ErrorAlert } from '../components/error-alert';
import { fetchRelated, relate, unrelate } from './knowledge-api';
import { ResourcePicker } from './resource-picker';

const relatedKey = (id: string) => ['related', id] as const;

/** Resources linked to this one, from either end: glossary terms, documents that mention it, related assets. */
export function RelatedResourcesSection({ resource, canEdit }: { resource: Resource; canEdit: boolean }) {
  const related = useQuery({ queryKey: relatedKey(resource.id), queryFn: () => fetchRelated(resource.id) });
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (otherId: string) => unrelate(resource.id, otherId),
    onSettled: () => client.invalidateQueries({ queryKey: ['related'] }),
  });
  return (
    <Paper withBorder p="lg" data-testid="related-resources">
      <Stack gap="sm">
        <Title order={4}>Related resources</Title>
        {related.error && <ErrorAlert error={related.error} title="Cannot load the related resources" />}
        {remove.error && <ErrorAlert error={remove.error} title="The link was not removed" />}
        {related.data?.count === 0 && (
          <Text size="sm" c="dimmed">
            Nothing related yet.
          </Text>
        )}
        {related.data && related.data.count > 0 && (
          <Table verticalSpacing={6}>
            <Table.Tbody>
              {related.data.results.map((item) => (
                <Table.Tr key={item.id} data-testid="related-row">
                  <Table.Td>
                    <EntityBadge entityType={item.entity_type} />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/resources/${item.id}`}>
                      {item.title_full || item.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {item.relation.origin === 'mention' ? 'mentioned in the document' : 'linked'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {canEdit && item.relation.origin === 'manual' && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(item.id)}>
                        Remove
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && <RelateForm resourceId={resource.id} />}
      </Stack>
    </Paper>
  );
}

function RelateForm({ resourceId }: { resourceId: string }) {
  const [otherId, setOtherId] = useState<string | null>(null);
  const client = useQueryClient();
  const add = useMutation({
    mutationFn: () => relate(resourceId, otherId ?? ''),
    onSuccess: () => {
      setOtherId(null);
      void client.invalidateQueries({ queryKey: ['related'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Relate a resource">
      {add.error && <ErrorAlert error={add.error} title="The link was not added" />}
      <Group align="flex-end">
        <ResourcePicker
          label="Relate a resource"
          value={otherId}
          onChange={setOtherId}
          testId="relate-picker"
        />
        <Button type="submit" loading={add.isPending} disabled={!otherId}>
          Relate
        </Button>
      </Group>
    </form>
  );
}

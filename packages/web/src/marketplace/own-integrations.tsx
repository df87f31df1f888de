import { Badge, Button, Code, FileInput, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../components/error-alert';
import { UploadError } from './build-errors';
import type { ConnectTarget } from './connect-modal';
import {
  fetchVersions,
  type MarketplaceIntegration,
  type MarketplaceVersion,
  reviewVersion,
  uploadMarketplaceVersion,
} from './marketplace-api';

export const STATUS_COLOR: Record<MarketplaceVersion['status'], string> = {
  draft: 'gray',
  submitted: 'blue',
  approved: 'teal',
  rejected: 'red',
};

/** One of the workspace's uploads: its versions and review states, new versions, submit, connect. */
export function OwnIntegrationCard({
  integration,
  isAdmin,
  onConnect,
}: {
  integration: MarketplaceIntegration;
  isAdmin: boolean;
  onConnect: (target: ConnectTarget) => void;
}) {
  const versions = useQuery({
    queryKey: ['marketplace', 'versions', integration.id],
    queryFn: () => fetchVersions(integration.id),
  });
  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: (version: number) => reviewVersion(integration.id, version, 'submit'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['marketplace'] }),
  });
  const latest = versions.data?.results[0];
  return (
    <Paper withBorder p="md" data-testid={`own-${integration.name}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>
              {integration.icon &&
              !integration.icon.startsWith('data:') &&
              !integration.icon.startsWith('http')
                ? `${integration.icon} `
                : ''}
              {integration.name}
            </Title>
            <Text size="sm" c="dimmed">
              {integration.category} · type <Code>{integration.type}</Code>
            </Text>
            {integration.description && <Text size="sm">{integration.description}</Text>}
          </div>
          {isAdmin && latest && (
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                onConnect({
                  type: integration.type,
                  name: integration.name,
                  version: latest.version,
                  credentialFields: latest.credential_fields,
                })
              }
            >
              Connect version {latest.version}
            </Button>
          )}
        </Group>
        {versions.error && <ErrorAlert error={versions.error} title="Cannot load the versions" />}
        {submit.error && <ErrorAlert error={submit.error} title="Not submitted" />}
        {versions.data && (
          <Table verticalSpacing={6} data-testid="versions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>File</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Credentials</Table.Th>
                <Table.Th>SHA-256</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.data.results.map((version) => (
                <Table.Tr key={version.version} data-testid={`version-${version.version}`}>
                  <Table.Td>{version.version}</Table.Td>
                  <Table.Td>
                    <Code>{version.filename}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[version.status]} variant="light" data-testid="version-status">
                      {version.status}
                    </Badge>
                    {version.review_note && (
                      <Text size="xs" c="dimmed">
                        {version.review_note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {version.credential_fields.map((field) => field.key).join(', ') || 'none'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code>{version.sha256.slice(0, 12)}</Code>
                  </Table.Td>
                  <Table.Td ta="right">
                    {isAdmin && (version.status === 'draft' || version.status === 'rejected') && (
                      <Button
                        size="xs"
                        variant="light"
                        loading={submit.isPending && submit.variables === version.version}
                        onClick={() => submit.mutate(version.version)}
                      >
                        Submit for review
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {isAdmin && <NewVersionForm integrationId={integration.id} />}
      </Stack>
    </Paper>
  );
}

/** New code as a new immutable version; fields and endpoints carry over from the previous version. */
function NewVersionForm({ integrationId }: { integrationId: string }) {
  const [code, setCode] = useState<File | null>(null);
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => uploadMarketplaceVersion(integrationId, file),
    onSuccess: () => {
      setCode(null);
      void queryClient.invalidateQueries({ queryKey: ['marketplace'] });
    },
  });
  return (
    <Stack gap={6}>
      {upload.error && <UploadError error={upload.error} title="The version was not uploaded" />}
      <Group align="flex-end">
        <FileInput
          label="New version"
          description="New code; credential fields and endpoints stay those of the previous version"
          placeholder="Choose the integration file"
          accept=".ts,.mts,.js,.mjs"
          value={code}
          onChange={setCode}
          clearable
          style={{ flex: 1 }}
          data-testid="new-version-code"
        />
        <Button
          variant="default"
          disabled={!code}
          loading={upload.isPending}
          onClick={() => code && upload.mutate(code)}
        >
          Upload version
        </Button>
      </Group>
    </Stack>
  );
}

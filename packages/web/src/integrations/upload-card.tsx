import {
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { triggerDbtSync } from '../api/endpoints';
import type { SyncRecord } from '../api/types';
import { uploadFiles } from '../api/upload';
import { ErrorAlert } from '../components/error-alert';
import { SyncSummary } from './sync-summary';

type Format = 'csv' | 'jsonl' | 'dbt';

/** Upload a metadata CSV or JSONL files to an integration, with a progress bar, then show the sync it made. */
export function UploadCard({
  integrationId,
  integrationType,
}: {
  integrationId: string;
  integrationType: string;
}) {
  const [format, setFormat] = useState<Format>(integrationType === 'dbt' ? 'dbt' : 'csv');
  const [manifest, setManifest] = useState<File | null>(null);
  const [runResults, setRunResults] = useState<File | null>(null);
  const [catalog, setCatalog] = useState<File | null>(null);
  const [csv, setCsv] = useState<File | null>(null);
  const [resources, setResources] = useState<File | null>(null);
  const [lineages, setLineages] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<SyncRecord | null>(null);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();

  const ready = format === 'csv' ? csv !== null : format === 'jsonl' ? resources !== null : manifest !== null;
  const upload = async () => {
    setError(null);
    setResult(null);
    setProgress(0);
    const base = `/integration/integrations/${encodeURIComponent(integrationId)}`;
    try {
      const sync =
        format === 'dbt'
          ? await uploadDbtArtifacts(
              integrationId,
              { manifest, run_results: runResults, catalog } as Record<string, File | null>,
              setProgress,
            )
          : await uploadFiles<SyncRecord>({
              path: `${base}/${format === 'csv' ? 'import_metadata' : 'import_jsonl_metadata'}`,
              files:
                format === 'csv'
                  ? { file: csv as File }
                  : { resources_file: resources as File, ...(lineages ? { lineages_file: lineages } : {}) },
              onProgress: setProgress,
            });
      setResult(sync);
    } catch (cause) {
      setError(cause);
    } finally {
      setProgress(null);
      void queryClient.invalidateQueries({ queryKey: ['syncs', integrationId] });
      void queryClient.invalidateQueries({ queryKey: ['catalog-search'] });
      void queryClient.invalidateQueries({ queryKey: ['catalog-count'] });
    }
  };

  const uploading = progress !== null;
  return (
    <Paper withBorder p="lg" data-testid="upload-card">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={4}>Upload metadata</Title>
          <SegmentedControl
            size="xs"
            value={format}
            onChange={(value) => setFormat(value as Format)}
            data={[
              { value: 'csv', label: 'CSV' },
              { value: 'jsonl', label: 'JSONL' },
              { value: 'dbt', label: 'dbt artifacts' },
            ]}
            disabled={uploading}
          />
        </Group>
        {format === 'csv' && (
          <FileInput
            label="Metadata CSV"
            description="Tables and columns: col_name, col_description, col_type, sort_order, database, schema, name, description, is_view, last_updated_time"
            placeholder="Choose a .csv file"
            accept=".csv,text/csv"
            value={csv}
            onChange={setCsv}
            clearable
            data-testid="csv-file"
          />
        )}
        {format === 'jsonl' && (
          <>
            <FileInput
              label="Resources (JSONL)"
              description="One resource per line (required)"
              placeholder="Choose resources.jsonl"
              accept=".jsonl,.json,.ndjson"
              value={resources}
              onChange={setResources}
              clearable
            />
            <FileInput
              label="Lineage (JSONL)"
              description="One {from_identifier, to_identifier} per line (optional)"
              placeholder="Choose lineages.jsonl"
              accept=".jsonl,.json,.ndjson"
              value={lineages}
              onChange={setLineages}
              clearable
            />
          </>
        )}
        {format === 'dbt' && (
          <>
            <FileInput
              label="manifest.json"
              description="From dbt's target/ folder (required; may be gzip-compressed)"
              placeholder="Choose manifest.json"
              value={manifest}
              onChange={setManifest}
              clearable
              data-testid="dbt-manifest"
            />
            <FileInput
              label="run_results.json"
              description="Test results (optional)"
              placeholder="Choose run_results.json"
              value={runResults}
              onChange={setRunResults}
              clearable
              data-testid="dbt-run-results"
            />
            <FileInput
              label="catalog.json"
              description="Column types from dbt docs generate (optional)"
              placeholder="Choose catalog.json"
              value={catalog}
              onChange={setCatalog}
              clearable
              data-testid="dbt-catalog"
            />
          </>
        )}
        {uploading && (
          <Stack gap={4}>
            <Progress value={progress * 100} animated={progress >= 1} aria-label="Upload progress" />
            <Text size="xs" c="dimmed">
              {progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : 'Uploaded; applying the sync…'}
            </Text>
          </Stack>
        )}
        {error !== null && <ErrorAlert error={error} title="The upload was not imported" />}
        {result && <SyncSummary sync={result} />}
        <Group justify="flex-end">
          <Button
            leftSection={<IconUpload size={16} />}
            onClick={upload}
            disabled={!ready}
            loading={uploading}
            data-testid="upload-button"
          >
            Upload and sync
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** dbt is two steps: upload the artifacts (with progress), then trigger the sync that reads them. */
async function uploadDbtArtifacts(
  integrationId: string,
  artifacts: Record<string, File | null>,
  onProgress: (fraction: number) => void,
): Promise<SyncRecord> {
  const files = Object.fromEntries(
    Object.entries(artifacts).filter((entry): entry is [string, File] => entry[1] !== null),
  );
  await uploadFiles<unknown>({
    path: `/integration/dbt/${encodeURIComponent(integrationId)}/upload_artifacts`,
    files,
    onProgress,
  });
  return triggerDbtSync(integrationId);
}

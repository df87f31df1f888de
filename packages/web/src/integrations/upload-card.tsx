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
import type { SyncRecord } from '../api/types';
import { uploadFiles } from '../api/upload';
import { ErrorAlert } from '../components/error-alert';
import { SyncSummary } from './sync-summary';

type Format = 'csv' | 'jsonl';

/** Upload a metadata CSV or JSONL files to an integration, with a progress bar, then show the sync it made. */
export function UploadCard({ integrationId }: { integrationId: string }) {
  const [format, setFormat] = useState<Format>('csv');
  const [csv, setCsv] = useState<File | null>(null);
  const [resources, setResources] = useState<File | null>(null);
  const [lineages, setLineages] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<SyncRecord | null>(null);
  const [error, setError] = useState<unknown>(null);
  const queryClient = useQueryClient();

  const ready = format === 'csv' ? csv !== null : resources !== null;
  const upload = async () => {
    setError(null);
    setResult(null);
    setProgress(0);
    const base = `/integration/integrations/${encodeURIComponent(integrationId)}`;
    try {
      const files: Record<string, File> =
        format === 'csv'
          ? { file: csv as File }
          : { resources_file: resources as File, ...(lineages ? { lineages_file: lineages } : {}) };
      const sync = await uploadFiles<SyncRecord>({
        path: `${base}/${format === 'csv' ? 'import_metadata' : 'import_jsonl_metadata'}`,
        files,
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
            ]}
            disabled={uploading}
          />
        </Group>
        {format === 'csv' ? (
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
        ) : (
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

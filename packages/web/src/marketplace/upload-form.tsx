import { Button, FileInput, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { UploadError } from './build-errors';
import { CredentialFieldsEditor, EndpointsEditor } from './fields-editor';
import { type CredentialField, uploadMarketplaceIntegration } from './marketplace-api';

const CODE_ACCEPT = '.ts,.mts,.js,.mjs';

/** Blank rows are left out so an unused "Add" does not fail validation. */
export function cleanFields(fields: CredentialField[]): CredentialField[] {
  return fields
    .filter((field) => field.key.trim() || field.label.trim())
    .map((field) => ({ ...field, key: field.key.trim(), label: field.label.trim() || field.key.trim() }));
}
export function cleanEndpoints(urls: string[]): string[] {
  return urls.map((url) => url.trim()).filter(Boolean);
}

/** Admins upload a new integration (version 1, a draft); the server builds it at once. */
export function UploadForm({ onUploaded }: { onUploaded: (id: string) => void }) {
  const [name, setName] = useState('');
  const [category, setCategory] = useState('');
  const [description, setDescription] = useState('');
  const [icon, setIcon] = useState('');
  const [code, setCode] = useState<File | null>(null);
  const [fields, setFields] = useState<CredentialField[]>([]);
  const [endpoints, setEndpoints] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) =>
      uploadMarketplaceIntegration({
        name: name.trim(),
        category: category.trim(),
        description: description.trim(),
        icon: icon.trim(),
        code: file,
        credentialFields: cleanFields(fields),
        allowedEndpoints: cleanEndpoints(endpoints),
      }),
    onSuccess: (uploaded) => {
      void queryClient.invalidateQueries({ queryKey: ['marketplace'] });
      setName('');
      setCategory('');
      setDescription('');
      setIcon('');
      setCode(null);
      setFields([]);
      setEndpoints([]);
      onUploaded(uploaded.id);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code) upload.mutate(code);
  };
  return (
    <Paper withBorder p="lg" data-testid="marketplace-upload">
      <form onSubmit={submit} aria-label="Upload an integration">
        <Stack gap="sm">
          <Title order={4}>Upload an integration</Title>
          <Text size="sm" c="dimmed">
            One TypeScript or JavaScript file whose default export is an SDK Integration. It becomes version
            1, a draft only this workspace sees until a reviewer approves it.
          </Text>
          {upload.error && <UploadError error={upload.error} title="The integration was not uploaded" />}
          <Group grow align="flex-start">
            <TextInput
              label="Name"
              required
              maxLength={200}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
            />
            <TextInput
              label="Category"
              description="e.g. warehouse, bi"
              required
              maxLength={100}
              value={category}
              onChange={(event) => setCategory(event.currentTarget.value)}
            />
            <TextInput
              label="Icon"
              description="An emoji or an image URL"
              value={icon}
              onChange={(event) => setIcon(event.currentTarget.value)}
            />
          </Group>
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxLength={5000}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
          />
          <FileInput
            label="Code"
            description=".ts, .mts, .js or .mjs; it may import only @sextant/sdk"
            placeholder="Choose the integration file"
            accept={CODE_ACCEPT}
            required
            value={code}
            onChange={setCode}
            clearable
            data-testid="marketplace-code"
          />
          <CredentialFieldsEditor value={fields} onChange={setFields} />
          <EndpointsEditor value={endpoints} onChange={setEndpoints} />
          <Group justify="flex-end">
            <Button
              type="submit"
              leftSection={<IconUpload size={16} />}
              loading={upload.isPending}
              disabled={!name.trim() || !category.trim() || !code}
            >
              Upload
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

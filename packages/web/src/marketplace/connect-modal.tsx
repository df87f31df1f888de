import { Anchor, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { type CredentialField, connectMarketplace } from './marketplace-api';

export interface ConnectTarget {
  /** `marketplace:<id>`. */
  type: string;
  name: string;
  /** The version the connection is pinned to; its declared fields make the form. */
  version: number;
  credentialFields: CredentialField[];
}

/**
 * The connect (install) form, generated from the version's declared credential fields: sensitive ones are
 * password inputs. After connecting it links to the new integration's page (runs, schedule, logs).
 */
export function ConnectModal({ target, onClose }: { target: ConnectTarget | null; onClose: () => void }) {
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? `Connect ${target.name}` : ''}
      size="lg"
    >
      {target && <ConnectForm key={`${target.type}@${target.version}`} target={target} />}
    </Modal>
  );
}

function ConnectForm({ target }: { target: ConnectTarget }) {
  const [name, setName] = useState(target.name);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(target.credentialFields.map((field) => [field.key, ''])),
  );
  const queryClient = useQueryClient();
  const connect = useMutation({
    mutationFn: () =>
      connectMarketplace({
        name: name.trim(),
        type: target.type,
        credentials: values,
        version: target.version,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['integrations'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    connect.mutate();
  };
  if (connect.data) {
    return (
      <Stack data-testid="connected">
        <Text>
          Connected as <b>{name.trim()}</b>, pinned to version {target.version}.
        </Text>
        <Anchor component={Link} to={`/integrations/${connect.data.id}`} data-testid="connected-link">
          Open the integration to run it or schedule it
        </Anchor>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} aria-label={`Connect ${target.name}`}>
      <Stack>
        {connect.error && <ErrorAlert error={connect.error} title="Not connected" />}
        <Text size="sm" c="dimmed">
          Version {target.version}. Credentials are stored encrypted and never shown again.
        </Text>
        <TextInput
          label="Connection name"
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        {target.credentialFields.map((field) => {
          const props = {
            label: field.label || field.key,
            description: field.key,
            required: true,
            value: values[field.key] ?? '',
            onChange: (event: { currentTarget: HTMLInputElement }) => {
              const next = event.currentTarget.value;
              setValues((old) => ({ ...old, [field.key]: next }));
            },
          };
          return field.sensitive ? (
            <PasswordInput key={field.key} {...props} />
          ) : (
            <TextInput key={field.key} {...props} />
          );
        })}
        {target.credentialFields.length === 0 && (
          <Text size="sm">This integration needs no credentials.</Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={connect.isPending} disabled={!name.trim()}>
            Connect
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

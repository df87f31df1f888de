import { Anchor, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../components/error-alert';
import { connectSlack } from './notifications-api';

/** Connects a Slack app by its bot token (admins); shown when the workspace has no Slack integration yet. */
export function ConnectSlackForm() {
  const [name, setName] = useState('Slack');
  const [token, setToken] = useState('');
  const queryClient = useQueryClient();
  const connect = useMutation({
    mutationFn: () => connectSlack(name.trim(), token.trim()),
    onSuccess: () => {
      setToken('');
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      void queryClient.invalidateQueries({ queryKey: ['integrations'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    connect.mutate();
  };
  return (
    <Paper withBorder p="lg" data-testid="connect-slack">
      <form onSubmit={submit} aria-label="Connect Slack">
        <Stack gap="sm">
          <Title order={4}>Connect Slack</Title>
          <Text size="sm" c="dimmed">
            Create a Slack app with the <code>channels:read</code>, <code>groups:read</code> and{' '}
            <code>chat:write</code> bot scopes, install it, and paste its Bot User OAuth Token (xoxb-…). It is
            stored encrypted and never shown again. See{' '}
            <Anchor href="https://api.slack.com/apps" target="_blank" rel="noreferrer">
              api.slack.com/apps
            </Anchor>
            .
          </Text>
          {connect.error && <ErrorAlert error={connect.error} title="Slack was not connected" />}
          <Group align="flex-end">
            <TextInput
              label="Name"
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              w={200}
            />
            <PasswordInput
              label="Bot token"
              placeholder="xoxb-…"
              required
              value={token}
              onChange={(event) => setToken(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit" loading={connect.isPending} disabled={!name.trim() || !token.trim()}>
              Connect
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

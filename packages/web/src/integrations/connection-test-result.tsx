import { Alert, Code, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconPlugConnectedX } from '@tabler/icons-react';
import type { ConnectionTestResult } from '../api/types';

/** Names of the stages a connection test reports, for people. */
const STAGES: Record<string, string> = {
  dns: 'Host name not found',
  refused: 'Connection refused',
  timeout: 'No answer in time',
  tls: 'TLS failed',
  authentication: 'Sign-in refused',
  database: 'Database not found',
  privileges: 'Missing privileges',
  statement_timeout: 'A query ran too long',
  connection_lost: 'Connection lost',
  unknown: 'Connection failed',
};

/**
 * The answer of a connection test: success with the server's version, databases and warnings; or the stage that
 * failed, where, the driver's message, what to do, and the GRANT statements that would fix missing privileges.
 */
export function ConnectionTestResultView({ result }: { result: ConnectionTestResult }) {
  if (result.ok) {
    return (
      <Alert
        color="teal"
        icon={<IconCircleCheck size={18} />}
        title="Connected"
        data-testid="connection-test-result"
        data-ok="true"
      >
        <Stack gap={6}>
          <Text size="sm">
            Server {result.server_version}. Databases to read: {(result.databases ?? []).join(', ') || 'none'}
            .
          </Text>
          {(result.warnings ?? []).length > 0 && (
            <List size="sm" icon={<IconAlertTriangle size={14} />} spacing={4}>
              {result.warnings?.map((warning) => (
                <List.Item key={`${warning.code}:${warning.object ?? ''}`}>{warning.message}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Alert>
    );
  }
  const failure = result.failure;
  return (
    <Alert
      color="red"
      icon={<IconPlugConnectedX size={18} />}
      title={failure ? (STAGES[failure.stage] ?? failure.stage) : 'Connection failed'}
      data-testid="connection-test-result"
      data-ok="false"
      data-stage={failure?.stage}
    >
      {failure && (
        <Stack gap={6}>
          <Text size="sm">
            {failure.host}:{failure.port} ({failure.stage}): {failure.message}
          </Text>
          <Text size="sm" fw={600}>
            {failure.hint}
          </Text>
          {failure.grants_needed && failure.grants_needed.length > 0 && (
            <>
              <Text size="sm">Run as an administrator of the database:</Text>
              <Code block data-testid="grants-needed">
                {failure.grants_needed.join('\n')}
              </Code>
            </>
          )}
        </Stack>
      )}
    </Alert>
  );
}

import { Alert, type AlertProps, Text } from '@mantine/core';
import { ApiError, describeError } from '../api/client';

interface ErrorAlertProps extends Omit<AlertProps, 'title'> {
  error: unknown;
  /** What the user was trying to do, e.g. "Cannot load the integrations". */
  title: string;
}

/** A red banner that says what failed and why, with the server's error code for a bug report. */
export function ErrorAlert({ error, title, ...props }: ErrorAlertProps) {
  const code = error instanceof ApiError && error.status !== 0 ? `${error.status} ${error.code}` : undefined;
  return (
    <Alert color="red" variant="light" title={title} role="alert" {...props}>
      <Text size="sm">{describeError(error)}</Text>
      {code && (
        <Text size="xs" c="dimmed" mt={4}>
          {code}
        </Text>
      )}
    </Alert>
  );
}

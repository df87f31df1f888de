import { Alert, Code, List, Text } from '@mantine/core';
import { ErrorAlert } from '../components/error-alert';
import { buildErrorsOf } from './marketplace-api';

/** An upload failure: the compiler's errors line by line on a 422, else the ordinary error banner. */
export function UploadError({ error, title }: { error: unknown; title: string }) {
  const build = buildErrorsOf(error);
  if (!build) return <ErrorAlert error={error} title={title} />;
  return (
    <Alert color="red" variant="light" title={`${build.file} does not build`} role="alert">
      <Text size="sm" mb="xs">
        Fix these and upload again (nothing was stored):
      </Text>
      <List size="sm" spacing={4} data-testid="build-errors">
        {build.errors.map((problem) => (
          <List.Item key={`${problem.line}:${problem.column}:${problem.text}`}>
            <Code>
              line {problem.line}, column {problem.column}
            </Code>{' '}
            {problem.text}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

import { Paper, Text, Textarea } from '@mantine/core';
import { Markdown } from '../components/markdown';

/** A markdown text area with a live preview under it. */
export function MarkdownEditor({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  return (
    <>
      <Textarea
        label={label}
        description="Markdown. Link a catalog page (its address, /resources/…) to relate it to this one."
        autosize
        minRows={5}
        ff="monospace"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        data-testid={testId}
      />
      {value && (
        <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)" data-testid="markdown-preview">
          <Text size="xs" c="dimmed" mb={4}>
            Preview
          </Text>
          <Markdown source={value} />
        </Paper>
      )}
    </>
  );
}

import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  /** What to do next. */
  children: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
}

/** A quiet panel for "nothing here yet" that always says what to do next. */
export function EmptyState({ title, children, icon, action }: EmptyStateProps) {
  return (
    <Stack align="center" gap="xs" py={48} px="md" ta="center">
      {icon && (
        <ThemeIcon size={48} radius="xl" variant="light">
          {icon}
        </ThemeIcon>
      )}
      <Title order={4}>{title}</Title>
      <Text c="dimmed" maw={480} size="sm">
        {children}
      </Text>
      {action}
    </Stack>
  );
}

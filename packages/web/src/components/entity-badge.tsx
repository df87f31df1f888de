import { Badge, type MantineColor } from '@mantine/core';
import {
  IconBook,
  IconChartBar,
  IconColumns,
  IconDatabase,
  IconFileText,
  IconFolder,
  IconHelp,
  IconLayoutDashboard,
  IconMessage,
  IconPlayerPlay,
  IconTable,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';

const STYLE: Record<string, { label: string; color: MantineColor; icon: ReactNode }> = {
  database: { label: 'Database', color: 'grape', icon: <IconDatabase size={12} /> },
  schema: { label: 'Schema', color: 'violet', icon: <IconFolder size={12} /> },
  table: { label: 'Table', color: 'blue', icon: <IconTable size={12} /> },
  column: { label: 'Column', color: 'cyan', icon: <IconColumns size={12} /> },
  dashboard_group: { label: 'Dashboard group', color: 'orange', icon: <IconFolder size={12} /> },
  dashboard: { label: 'Dashboard', color: 'orange', icon: <IconLayoutDashboard size={12} /> },
  chart: { label: 'Chart', color: 'yellow', icon: <IconChartBar size={12} /> },
  job_group: { label: 'Job group', color: 'teal', icon: <IconFolder size={12} /> },
  job: { label: 'Job', color: 'teal', icon: <IconPlayerPlay size={12} /> },
  glossary: { label: 'Glossary term', color: 'pink', icon: <IconBook size={12} /> },
  term_group: { label: 'Term group', color: 'pink', icon: <IconFolder size={12} /> },
  document: { label: 'Document', color: 'lime', icon: <IconFileText size={12} /> },
  question: { label: 'Question', color: 'indigo', icon: <IconHelp size={12} /> },
  reply: { label: 'Reply', color: 'indigo', icon: <IconMessage size={12} /> },
};

/** Human label of an entity type ("dashboard_group" → "Dashboard group"). */
export function entityLabel(entityType: string): string {
  return STYLE[entityType]?.label ?? entityType.replaceAll('_', ' ');
}

/** A small coloured badge naming the kind of asset, with its native type (view, model ...) when it has one. */
export function EntityBadge({ entityType, nativeType }: { entityType: string; nativeType?: string | null }) {
  const style = STYLE[entityType];
  const native = nativeType && nativeType.toLowerCase() !== entityType ? ` · ${nativeType}` : '';
  return (
    <Badge variant="light" color={style?.color ?? 'gray'} leftSection={style?.icon} radius="sm" tt="none">
      {entityLabel(entityType)}
      {native}
    </Badge>
  );
}

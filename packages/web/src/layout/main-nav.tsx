import { Group, UnstyledButton } from '@mantine/core';
import { NavLink } from 'react-router';
import type { Role } from '../api/types';
import { hasRole, useMe } from '../auth/session';
import classes from './main-nav.module.css';

/**
 * The sections and the role each needs. Guests read only their teams' assets through search and asset pages:
 * Browse starts from the integrations, which they cannot list.
 */
const LINKS: Array<{ to: string; label: string; end: boolean; role: Role }> = [
  { to: '/', label: 'Search', end: true, role: 'guest' },
  { to: '/browse', label: 'Browse', end: false, role: 'viewer' },
  { to: '/glossary', label: 'Glossary', end: false, role: 'viewer' },
  { to: '/documents', label: 'Docs', end: false, role: 'viewer' },
  { to: '/integrations', label: 'Integrations', end: false, role: 'viewer' },
  { to: '/monitors', label: 'Monitors', end: false, role: 'viewer' },
  { to: '/marketplace', label: 'Marketplace', end: false, role: 'viewer' },
  { to: '/settings/notifications', label: 'Notifications', end: false, role: 'viewer' },
  { to: '/settings/api-keys', label: 'API keys', end: false, role: 'viewer' },
];

/** The top-level sections the user's role can use; the current one is highlighted. */
export function MainNav() {
  const me = useMe();
  return (
    <Group gap={4} component="nav" aria-label="Main" visibleFrom="sm">
      {LINKS.filter((link) => hasRole(me, link.role)).map((link) => (
        <UnstyledButton
          key={link.to}
          component={NavLink}
          to={link.to}
          end={link.end}
          className={classes.link}
        >
          {link.label}
        </UnstyledButton>
      ))}
    </Group>
  );
}

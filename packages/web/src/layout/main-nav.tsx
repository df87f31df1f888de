import { Group, UnstyledButton } from '@mantine/core';
import { NavLink } from 'react-router';
import classes from './main-nav.module.css';

const LINKS = [
  { to: '/', label: 'Search', end: true },
  { to: '/browse', label: 'Browse', end: false },
  { to: '/integrations', label: 'Integrations', end: false },
  { to: '/marketplace', label: 'Marketplace', end: false },
  { to: '/settings/notifications', label: 'Notifications', end: false },
  { to: '/settings/api-keys', label: 'API keys', end: false },
];

/** The top-level sections; the current one is highlighted. */
export function MainNav() {
  return (
    <Group gap={4} component="nav" aria-label="Main" visibleFrom="sm">
      {LINKS.map((link) => (
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

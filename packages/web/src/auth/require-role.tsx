import { Button } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Role } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { hasRole, useMe } from './session';

/**
 * Renders a page only for users with at least the `minimum` role; others (guests, who read only their teams' assets) get a
 * short explanation instead of a page whose every request the server would refuse.
 */
export function RequireRole({ minimum, children }: { minimum: Role; children: ReactNode }) {
  const me = useMe();
  if (hasRole(me, minimum)) return children;
  return (
    <EmptyState
      title="Not available to your role"
      icon={<IconLock />}
      action={
        <Button component={Link} to="/" variant="light">
          Search the catalog
        </Button>
      }
    >
      {me.role === 'guest'
        ? 'As a guest you can search and read the assets of your teams. Ask an admin for a wider role to see this page.'
        : `This page needs the ${minimum} role.`}
    </EmptyState>
  );
}

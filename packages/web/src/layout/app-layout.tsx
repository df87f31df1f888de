import { AppShell, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { describeError } from '../api/client';
import { signOut } from '../api/endpoints';
import { useMe, useResetSession } from '../auth/session';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { Logo } from './logo';
import { MainNav } from './main-nav';

/** The frame of every signed-in page: the top bar with navigation, theme toggle and user menu. */
export function AppLayout() {
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="xl" wrap="nowrap">
            <Logo />
            <MainNav />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

function UserMenu() {
  const me = useMe();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [error, setError] = useState<string | null>(null);

  const handleSignOut = async () => {
    try {
      await signOut();
      resetSession();
      navigate('/sign-in', { replace: true });
    } catch (cause) {
      setError(`Sign-out failed: ${describeError(cause)}`);
    }
  };

  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label="Account menu" data-testid="account-menu">
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={500} visibleFrom="xs">
              {me.name || me.email}
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {me.email} · {me.role}
        </Menu.Label>
        <Menu.Item onClick={() => navigate('/settings/api-keys')}>API keys</Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={handleSignOut}>
          Sign out
        </Menu.Item>
        {error && (
          <Text c="red" size="xs" px="sm" pb="xs" role="alert">
            {error}
          </Text>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

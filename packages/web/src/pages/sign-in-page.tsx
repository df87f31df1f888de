import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { signIn } from '../api/endpoints';
import { ME_KEY, useSession } from '../auth/session';
import { ErrorAlert } from '../components/error-alert';
import { ColorSchemeToggle } from '../layout/color-scheme-toggle';

/** Email + password sign-in; on success the server sets the session cookie and we go where the user was headed. */
export function SignInPage() {
  const { me } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (me) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(email.trim(), password);
      queryClient.setQueryData(ME_KEY, user);
      navigate(next, { replace: true });
    } catch (cause) {
      setError(cause);
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" p="md" pos="relative">
      <div style={{ position: 'absolute', top: 16, right: 16 }}>
        <ColorSchemeToggle />
      </div>
      <Paper withBorder shadow="sm" p="xl" w={380} radius="lg">
        <form onSubmit={submit} aria-label="Sign in">
          <Stack>
            <Stack gap={4} align="center">
              <img src="/favicon.svg" width={44} height={44} alt="" />
              <Title order={2}>Sign in to Sextant</Title>
              <Text c="dimmed" size="sm" ta="center">
                Your data catalog: search, ownership and lineage.
              </Text>
            </Stack>
            {error !== null && <ErrorAlert error={error} title={signInErrorTitle(error)} />}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button type="submit" loading={busy} fullWidth>
              Sign in
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              First start? Sign in as <code>admin@localhost</code> with the password in{' '}
              <code>initial-admin-password.txt</code> in the server's data folder.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

function signInErrorTitle(error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return 'Wrong email or password';
  return 'Cannot sign in';
}

/** Only same-site paths: `?next=https://evil.example` must not turn sign-in into an open redirect. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

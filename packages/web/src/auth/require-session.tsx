import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { useSession } from './session';

/** Renders its children for a signed-in user; sends everyone else to the sign-in page and back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { me, error } = useSession();
  const location = useLocation();
  if (error) return <ErrorAlert error={error} title="Cannot check your session" m="xl" />;
  if (me === undefined) return <PageLoader />;
  if (me === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />;
  }
  return children;
}

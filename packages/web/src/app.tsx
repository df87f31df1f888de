import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireRole } from './auth/require-role';
import { RequireSession } from './auth/require-session';
import { PageLoader } from './components/page-loader';
import { AppLayout } from './layout/app-layout';
import { ApiKeysPage } from './pages/api-keys-page';
import { BrowsePage } from './pages/browse-page';
import { DocumentsPage } from './pages/documents-page';
import { GlossaryPage } from './pages/glossary-page';
import { IntegrationPage } from './pages/integration-page';
import { IntegrationsPage } from './pages/integrations-page';
import { NotFoundPage } from './pages/not-found-page';
import { SearchPage } from './pages/search-page';
import { SignInPage } from './pages/sign-in-page';

// The resource page pulls in the markdown renderer; the lineage graph inside it is a further lazy chunk.
const ResourcePage = lazy(() => import('./pages/resource-page'));
const MarketplacePage = lazy(() => import('./pages/marketplace-page'));
const NotificationsPage = lazy(() => import('./pages/notifications-page'));
const MonitorsPage = lazy(() => import('./quality/monitors-page'));
const MonitorPage = lazy(() => import('./quality/monitor-page'));

/** The routes of the single-page app; everything but sign-in needs a session. */
export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<SearchPage />} />
        <Route
          path="resources/:id"
          element={
            <Suspense fallback={<PageLoader />}>
              <ResourcePage />
            </Suspense>
          }
        />
        <Route path="browse" element={<ForViewers page={<BrowsePage />} />} />
        <Route path="glossary" element={<ForViewers page={<GlossaryPage />} />} />
        <Route path="documents" element={<ForViewers page={<DocumentsPage />} />} />
        <Route path="integrations" element={<ForViewers page={<IntegrationsPage />} />} />
        <Route path="integrations/:id" element={<ForViewers page={<IntegrationPage />} />} />
        <Route path="settings/api-keys" element={<ForViewers page={<ApiKeysPage />} />} />
        <Route
          path="marketplace"
          element={
            <ForViewers
              page={
                <Suspense fallback={<PageLoader />}>
                  <MarketplacePage />
                </Suspense>
              }
            />
          }
        />
        <Route
          path="settings/notifications"
          element={
            <ForViewers
              page={
                <Suspense fallback={<PageLoader />}>
                  <NotificationsPage />
                </Suspense>
              }
            />
          }
        />
        <Route
          path="monitors"
          element={
            <ForViewers
              page={
                <Suspense fallback={<PageLoader />}>
                  <MonitorsPage />
                </Suspense>
              }
            />
          }
        />
        <Route
          path="monitors/:id"
          element={
            <ForViewers
              page={
                <Suspense fallback={<PageLoader />}>
                  <MonitorPage />
                </Suspense>
              }
            />
          }
        />
        <Route path="search" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Pages every role but guest can use: a guest gets an explanation, not a page of refused requests. */
function ForViewers({ page }: { page: ReactNode }) {
  return <RequireRole minimum="viewer">{page}</RequireRole>;
}

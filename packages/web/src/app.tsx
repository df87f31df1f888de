import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireSession } from './auth/require-session';
import { PageLoader } from './components/page-loader';
import { AppLayout } from './layout/app-layout';
import { ApiKeysPage } from './pages/api-keys-page';
import { BrowsePage } from './pages/browse-page';
import { IntegrationPage } from './pages/integration-page';
import { IntegrationsPage } from './pages/integrations-page';
import { NotFoundPage } from './pages/not-found-page';
import { SearchPage } from './pages/search-page';
import { SignInPage } from './pages/sign-in-page';

// The resource page pulls in the markdown renderer; the lineage graph inside it is a further lazy chunk.
const ResourcePage = lazy(() => import('./pages/resource-page'));
const MarketplacePage = lazy(() => import('./pages/marketplace-page'));
const NotificationsPage = lazy(() => import('./pages/notifications-page'));

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
        <Route path="browse" element={<BrowsePage />} />
        <Route path="integrations" element={<IntegrationsPage />} />
        <Route path="integrations/:id" element={<IntegrationPage />} />
        <Route path="settings/api-keys" element={<ApiKeysPage />} />
        <Route
          path="marketplace"
          element={
            <Suspense fallback={<PageLoader />}>
              <MarketplacePage />
            </Suspense>
          }
        />
        <Route
          path="settings/notifications"
          element={
            <Suspense fallback={<PageLoader />}>
              <NotificationsPage />
            </Suspense>
          }
        />
        <Route path="search" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

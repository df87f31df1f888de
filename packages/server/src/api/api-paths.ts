import type { FastifyInstance } from 'fastify';

/** Where every API route is registered (and the only paths the OpenAPI document lists). */
export const API_PREFIX = '/api/v1';

/**
 * The single-page UI's own routes, as `packages/web/src/app.tsx` declares them (a test compares the two). Only
 * these paths answer the app page with 200; any other page path answers it with 404 (the UI's not-found page).
 */
export const UI_ROUTES = [
  '/',
  '/sign-in',
  '/resources/:id',
  '/browse',
  '/glossary',
  '/documents',
  '/integrations',
  '/integrations/:id',
  '/settings/api-keys',
  '/marketplace',
  '/settings/notifications',
  '/monitors',
  '/monitors/:id',
  '/search',
] as const;

const UI_ROUTE_PATTERNS = UI_ROUTES.map(
  (route) => new RegExp(`^${route.replace(/:[a-z_]+/g, '[^/]+').replace(/\/$/, '')}/?$`),
);

/** True when `path` (no query string) is one of the UI's own routes, with or without a trailing slash. */
export function isUiRoute(path: string): boolean {
  return UI_ROUTE_PATTERNS.some((pattern) => pattern.test(path));
}

export interface RequestLine {
  url: string;
  method: string;
  accept: string | undefined;
}

/**
 * Secoda's older guides call the API without its prefix (`https://host/integration/integrations/`), the reference
 * with it (`/api/v1/...`): both must work (compat.md §8). Every route is registered once, under `/api/v1`; a
 * request whose first path segment is the first segment of some API route (`integration`, `lineage`, `api`, ...)
 * is routed as if it carried the prefix, so it meets that route's auth and schema, or the JSON 404, never the
 * UI. `/api/v2/integration_v2/slack/...` works the same way (its `/api/v1` form is the registered one).
 *
 * A path that is both a UI route and an API path (today only `/search`, and `/marketplace` which no API route
 * answers) goes to the UI for a browser page load (GET/HEAD whose `Accept` names `text/html`) and to the API for
 * everything else (`requests`, `curl` and `fetch` send `*` or JSON).
 */
export function createApiPathAliases(): {
  track: (app: FastifyInstance) => void;
  rewrite: (request: RequestLine) => string;
} {
  const apiSegments = new Set<string>();
  return {
    track(app) {
      app.addHook('onRoute', (route) => {
        if (route.url.startsWith(`${API_PREFIX}/`)) {
          const segment = route.url.slice(API_PREFIX.length + 1).split('/')[0];
          if (segment && !segment.startsWith(':')) apiSegments.add(segment);
        }
      });
    },
    rewrite({ url, method, accept }) {
      const path = url.split('?')[0] ?? '/';
      if (path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)) return url;
      const segment = path.split('/')[1] ?? '';
      if (!apiSegments.has(segment)) return url;
      if (isUiRoute(path) && isPageLoad(method, accept)) return url;
      return `${API_PREFIX}${url}`;
    },
  };
}

function isPageLoad(method: string, accept: string | undefined): boolean {
  return (method === 'GET' || method === 'HEAD') && (accept ?? '').includes('text/html');
}

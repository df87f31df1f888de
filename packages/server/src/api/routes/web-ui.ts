import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import { NotFoundError } from '../../errors/index.js';
import { isUiRoute } from '../api-paths.js';
import type { App } from '../context.js';

/**
 * The built UI (`npm run build` → `packages/web/dist`). From `src/api/routes` (tests, tsx) and `dist/api/routes`
 * (the compiled server) it is four folders up; from the CLI's esbuild bundle, where this code no longer sits in
 * its own package, it is the packed CLI's `dist/web` (packages/cli/scripts/pack.mjs), else found through the
 * workspace package `@sextant/web`.
 */
export function findWebDist(): string {
  const beside = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));
  if (existsSync(resolve(beside, 'index.html'))) return beside;
  const packed = fileURLToPath(new URL('../web/', import.meta.url));
  if (existsSync(resolve(packed, 'index.html'))) return packed;
  try {
    const packageJson = createRequire(import.meta.url).resolve('@sextant/web/package.json');
    return resolve(dirname(packageJson), 'dist');
  } catch {
    return beside;
  }
}

// Paths the UI never owns: an unknown GET under them is a JSON 404, as before the UI existed. (Prefix-less API
// paths such as `/integration/...` never get here: they are routed as `/api/v1/...`, see api-paths.ts.)
const NON_UI_PREFIXES = ['/api/', '/docs/', '/healthcheck'];

// The UI talks only to its own origin; markdown is rendered without raw HTML, and this keeps it that way even if
// a renderer bug slipped through. Inline styles are needed by Mantine's CSS variables and React Flow's layout.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const MISSING_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sextant</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>Sextant is running, but its web UI is not built</h1>
<p>Run <code>npm run build</code> in the Sextant checkout, then restart the server.</p>
<p>The API works without it: see <a href="/docs">/docs</a>.</p>
</body></html>`;

export interface WebUiOptions {
  /** Folder holding the built `index.html` and `assets/` (default: `packages/web/dist`). */
  distDir?: string;
}

/**
 * Serves the single-page UI at `/`: built files as they are, `index.html` for the UI's own routes (so that
 * client-side routes survive a reload), and `index.html` with status 404 for any other page path (the app then
 * shows its not-found page). The files are public (the sign-in page must load before a
 * session exists); the data they show comes from the API, which checks credentials on every call.
 */
export function registerWebUiRoutes(app: App, options: WebUiOptions = {}): void {
  const root = resolve(options.distDir ?? findWebDist());
  const hasBuild = existsSync(resolve(root, 'index.html'));
  // `serve: false`: only the `sendFile` reply method (content types, ETags, ranges); the route below decides
  // what each path means, which the plugin's own routes cannot (they would need the public flag on each).
  if (hasBuild) app.register(fastifyStatic, { root, serve: false, index: false });

  app.get(
    '/*',
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply: FastifyReply) => {
      const path = decodePath(request.url.split('?')[0] ?? '/');
      if (NON_UI_PREFIXES.some((prefix) => path.startsWith(prefix) || `${path}/` === prefix)) {
        throw new NotFoundError('route_not_found', `no route ${request.method} ${path}`);
      }
      if (!hasBuild) return reply.status(503).type('text/html; charset=utf-8').send(MISSING_BUILD_PAGE);
      const file = builtFileAt(root, path);
      if (file) {
        // Vite puts a content hash in every asset name, so those never change under the same URL.
        const immutable = file.startsWith(`assets${sep}`);
        return reply.sendFile(file, { maxAge: immutable ? '365d' : 0, immutable });
      }
      // A missing script or image is a 404, not the app page (which would fail to parse as JavaScript).
      if (extname(path) !== '' && path !== '/index.html')
        throw new NotFoundError('route_not_found', `no file ${path}`);
      return reply
        .status(isUiRoute(path) || path === '/index.html' ? 200 : 404)
        .header('content-security-policy', CONTENT_SECURITY_POLICY)
        .header('cache-control', 'no-cache')
        .sendFile('index.html', { cacheControl: false });
    },
  );
}

/** A file under `root` for a URL path, relative to `root`; undefined for folders, escapes and absent files. */
function builtFileAt(root: string, path: string): string | undefined {
  const full = resolve(root, `.${path}`);
  if (!full.startsWith(root + sep)) return undefined;
  try {
    return statSync(full).isFile() && !full.endsWith(`${sep}index.html`)
      ? full.slice(root.length + 1)
      : undefined;
  } catch {
    return undefined;
  }
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type AuthContext, authenticate } from '../../auth/authenticate.js';
import { hasRole } from '../../auth/roles.js';
import { ForbiddenError, RateLimitedError } from '../../errors/index.js';
import type { Store } from '../../store/database.js';
import type { Role } from '../../store/schema.js';

export const SESSION_COOKIE = 'sextant_session';

/** What a route requires: `public` (no credentials: /healthcheck, sign-in, static UI) or a minimum role. */
export type Access = 'public' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required access. Unset: `viewer` for GET/HEAD, `admin` for every other method (secure by default). */
    access?: Access;
  }
  interface FastifyRequest {
    /** Set for every non-public route once the caller is authenticated. */
    auth: AuthContext;
  }
}

export interface AuthPluginOptions {
  store: Store;
  /** Writes per minute per API key or session; 0 disables the limit. */
  writeRateLimitPerMinute: number;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function accessOf(method: string, declared: Access | undefined): Access {
  return declared ?? (READ_METHODS.has(method) ? 'viewer' : 'admin');
}

/** Authenticates every non-public route and enforces its role before the handler (and body parsing) runs. */
export function registerAuth(app: FastifyInstance, options: AuthPluginOptions): void {
  const limiter = createWriteLimiter(options.writeRateLimitPerMinute);
  app.decorateRequest('auth', null as unknown as AuthContext);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const access = accessOf(request.method, request.routeOptions.config?.access);
    if (access === 'public' || request.routeOptions.url === undefined) return;
    const auth = await authenticate(
      options.store.db,
      { authorization: request.headers.authorization, sessionToken: request.cookies?.[SESSION_COOKIE] },
      options.store.credentials,
    );
    if (!hasRole(auth.role, access)) {
      throw new ForbiddenError('forbidden', `this needs the ${access} role; you act as ${auth.role}`, {
        required: access,
        actual: auth.role,
      });
    }
    request.auth = auth;
    if (!READ_METHODS.has(request.method)) limiter(auth.apiKeyId ?? `user:${auth.userId}`);
  });
}

/**
 * A fixed one-minute window per caller. In-process on purpose: the limit guards one server against a runaway
 * script, it is not an accounting system (compat.md §1: configurable, off by default).
 */
function createWriteLimiter(perMinute: number): (callerKey: string) => void {
  if (perMinute <= 0) return () => {};
  const windows = new Map<string, { start: number; count: number }>();
  return (callerKey) => {
    const now = Date.now();
    const window = windows.get(callerKey);
    if (!window || now - window.start >= 60_000) {
      windows.set(callerKey, { start: now, count: 1 });
      if (windows.size > 10_000) windows.clear();
      return;
    }
    window.count += 1;
    if (window.count > perMinute) {
      const retryAfterSeconds = Math.ceil((window.start + 60_000 - now) / 1000);
      throw new RateLimitedError('rate_limited', `more than ${perMinute} writes in a minute; retry later`, {
        retryAfterSeconds,
      });
    }
  };
}

import Type from 'typebox';
import { signIn, signOut } from '../../accounts/index.js';
import { createSignInThrottle } from '../../auth/sign-in-throttle.js';
import { InputError } from '../../errors/index.js';
import { getUser, SESSION_TTL_MS } from '../../store/accounts/index.js';
import type { App, AppContext } from '../context.js';
import { SESSION_COOKIE } from '../plugins/auth.js';
import { ErrorBodySchema } from '../schemas/common.js';

const MeSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  workspace_id: Type.String(),
  via: Type.String(),
});

/** Browser sign-in with email and password (a session cookie), sign-out, and "who am I". */
export function registerAuthRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.store;
  const throttle = createSignInThrottle(db, {
    maxFailures: ctx.config.signInMaxFailures,
    windowMs: ctx.config.signInWindowMs,
  });

  app.post(
    '/api/v1/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: Type.Object(
          {
            email: Type.String({ minLength: 1, maxLength: 320 }),
            password: Type.String({ minLength: 1, maxLength: 1024 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: MeSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const { user, session } = await signIn(db, throttle, {
        email: request.body.email,
        password: request.body.password,
        address: request.ip,
        log: request.log,
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.config.secureCookies,
        maxAge: Math.floor(SESSION_TTL_MS / 1000),
      });
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        workspace_id: user.workspace_id,
        via: 'session',
      };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign out (ends the session)',
        response: { 204: Type.Null(), 400: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      // No body is expected; one that is sent must be empty, so garbage is refused rather than ignored.
      const body = request.body as unknown;
      if (body !== undefined && body !== null && !(isPlainObject(body) && Object.keys(body).length === 0)) {
        throw new InputError('invalid_request', 'sign-out takes no body');
      }
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      // Guests too: the UI asks who is signed in before anything else.
      config: { access: 'guest' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user or the API key owner',
        response: { 200: MeSchema, 401: ErrorBodySchema },
      },
    },
    async (request) => {
      const user = await getUser(db, request.auth.workspaceId, request.auth.userId);
      return {
        id: user.id,
        email: user.email,
        name: user.name,
        role: request.auth.role,
        workspace_id: user.workspace_id,
        via: request.auth.via,
      };
    },
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

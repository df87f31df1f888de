import Type from 'typebox';
import { eventsOf } from '../../events/index.js';
import {
  createSubscription,
  deleteSubscription,
  getNotificationSettings,
  getSubscriptionView,
  listSubscriptionViews,
  putNotificationSettings,
  startNotifier,
  updateSubscription,
} from '../../notifications/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema, envelope, IdParamsSchema, pageOf } from '../schemas/common.js';
import {
  NotificationSettingsBodySchema,
  NotificationSettingsSchema,
  SubscriptionCreateSchema,
  SubscriptionListQuerySchema,
  SubscriptionListSchema,
  SubscriptionPatchSchema,
  SubscriptionSchema,
} from '../schemas/notifications.js';

const BASE = '/api/v1/notifications';
const TAGS = ['notifications'];
/** How long closing the app waits for Slack messages already under way. */
const CLOSE_WAIT_MS = 5000;

/**
 * Notification settings (admins change them) and per-resource subscriptions (editors manage them); registering
 * the routes also starts this app's notifier, stopped when the app closes.
 */
export function registerNotificationRoutes(app: App, ctx: AppContext): void {
  const stop = startNotifier({
    store: ctx.store,
    secrets: ctx.secrets,
    publicUrl: publicUrlOf(ctx),
    slack: { apiUrl: ctx.config.slackApiUrl },
    log: app.log.child({ module: 'notifications' }),
  });
  app.addHook('onClose', async () => {
    stop();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(resolve, CLOSE_WAIT_MS);
    });
    await Promise.race([eventsOf(ctx.store).settled(), timeout]);
    clearTimeout(timer);
  });

  app.get(
    `${BASE}/settings`,
    {
      schema: {
        tags: TAGS,
        summary: "The workspace's notification settings (defaults until first saved)",
        response: { 200: NotificationSettingsSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getNotificationSettings(ctx.store.db, request.auth.workspaceId),
  );

  app.put(
    `${BASE}/settings`,
    {
      config: { access: 'admin' },
      schema: {
        tags: TAGS,
        summary: 'Replace the notification settings (fields left out take their defaults)',
        body: NotificationSettingsBodySchema,
        response: { 200: NotificationSettingsSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => putNotificationSettings(ctx.store.db, request.auth, request.body),
  );

  app.get(
    `${BASE}/subscriptions`,
    {
      schema: {
        tags: TAGS,
        summary: 'List subscriptions (optionally of one resource)',
        querystring: SubscriptionListQuerySchema,
        response: { 200: SubscriptionListSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = pageOf(request.query);
      const { views, count } = await listSubscriptionViews(ctx.store.db, {
        workspaceId: request.auth.workspaceId,
        resourceId: request.query.resource_id,
        limit: page.pageSize,
        offset: page.offset,
      });
      return envelope(request, page, count, views);
    },
  );

  app.post(
    `${BASE}/subscriptions`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: "Send a resource's newly failing dbt tests to a channel (409 if already subscribed)",
        body: SubscriptionCreateSchema,
        response: { 201: SubscriptionSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSubscription(ctx.store.db, request.auth, request.body)),
  );

  app.get(
    `${BASE}/subscriptions/:id`,
    {
      schema: {
        tags: TAGS,
        summary: 'One subscription',
        params: IdParamsSchema,
        response: { 200: SubscriptionSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => getSubscriptionView(ctx.store.db, request.auth.workspaceId, request.params.id),
  );

  app.patch(
    `${BASE}/subscriptions/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Move a subscription to another channel',
        params: IdParamsSchema,
        body: SubscriptionPatchSchema,
        response: { 200: SubscriptionSchema, ...ERROR_RESPONSES, 409: ErrorBodySchema },
      },
    },
    async (request) =>
      updateSubscription(ctx.store.db, request.auth, {
        id: request.params.id,
        channel: request.body.channel,
      }),
  );

  app.delete(
    `${BASE}/subscriptions/:id`,
    {
      config: { access: 'editor' },
      schema: {
        tags: TAGS,
        summary: 'Delete a subscription',
        params: IdParamsSchema,
        response: { 204: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      await deleteSubscription(ctx.store.db, request.auth, request.params.id);
      return reply.status(204).send(null);
    },
  );
}

/** Links in messages go to the UI: SEXTANT_PUBLIC_URL, else the address the server listens on. */
export function publicUrlOf(ctx: AppContext): string {
  if (ctx.config.publicUrl) return ctx.config.publicUrl.replace(/\/+$/, '');
  const host = ['0.0.0.0', '::'].includes(ctx.config.host) ? 'localhost' : ctx.config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${ctx.config.port}`;
}

import { getNotificationSettings } from '../../notifications/index.js';
import { connectSlack, type SlackServices } from '../../slack/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES, ErrorBodySchema } from '../schemas/common.js';
import { SlackChannelListQuerySchema, SlackChannelListSchema } from '../schemas/notifications.js';

/** compat.md §6 Slack, served under /api/v1 as Secoda's public reference shows. */
export const SLACK_CONVERSATIONS_PATH = '/api/v1/api/v2/integration_v2/slack/conversations/list';

export function registerSlackRoutes(app: App, ctx: AppContext): void {
  const services: SlackServices = {
    db: ctx.store.db,
    secrets: ctx.secrets,
    client: { apiUrl: ctx.config.slackApiUrl },
  };

  app.get(
    SLACK_CONVERSATIONS_PATH,
    {
      schema: {
        tags: ['slack'],
        summary:
          'Public and private channels the Slack bot can see ([{id, name}]; 409 without a Slack integration, 422 when Slack refuses the token)',
        querystring: SlackChannelListQuerySchema,
        response: {
          200: SlackChannelListSchema,
          ...ERROR_RESPONSES,
          409: ErrorBodySchema,
          422: ErrorBodySchema,
          429: ErrorBodySchema,
          503: ErrorBodySchema,
        },
      },
    },
    async (request) => {
      const { workspaceId } = request.auth;
      const integrationId =
        request.query.integration_id ??
        (await getNotificationSettings(ctx.store.db, workspaceId)).slack_integration_id;
      const slack = await connectSlack(services, { workspaceId, integrationId });
      const channels = await slack.client.listChannels();
      request.log.info(
        { slackIntegrationId: slack.integrationId, channels: channels.length },
        'slack channels listed',
      );
      return channels;
    },
  );
}

import Type from 'typebox';
import { ListEnvelope, Nullable, PageQuerySchema, WITHOUT_NUL } from './common.js';

const ChannelSchema = Type.String({
  pattern: WITHOUT_NUL,
  minLength: 1,
  maxLength: 200,
  description:
    'Slack channel id (e.g. C0123456789, from conversations/list); a #name also works for public channels',
});

const IdSchema = Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 });

/** `GET /integration_v2/slack/conversations/list` (compat.md §6): every channel the bot can see. */
export const SlackChannelListSchema = Type.Array(
  Type.Object({ id: Type.String(), name: Type.String() }, { additionalProperties: false }),
);

export const SlackChannelListQuerySchema = Type.Object({
  integration_id: Type.Optional(
    Type.String({
      pattern: WITHOUT_NUL,
      minLength: 1,
      maxLength: 200,
      description:
        'the Slack integration to ask (default: the one in the notification settings, else the oldest)',
    }),
  ),
});

export const NotificationSettingsSchema = Type.Object(
  {
    slack_integration_id: Nullable(
      Type.String({ description: 'the Slack integration that sends (null: the oldest Slack integration)' }),
    ),
    channel: Nullable(
      Type.String({ description: 'channel of workspace notifications (null: none are sent)' }),
    ),
    on_sync_failure: Type.Boolean({ description: 'send when a sync fails' }),
    on_dbt_test_failure: Type.Boolean({ description: 'send when a dbt test starts failing' }),
    stale_threshold: Nullable(
      Type.Number({
        description: 'send when a sync stales more than this share of the integration (null: off)',
      }),
    ),
    updated_at: Nullable(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

export const NotificationSettingsBodySchema = Type.Object(
  {
    slack_integration_id: Type.Optional(Nullable(IdSchema)),
    channel: Type.Optional(Nullable(ChannelSchema)),
    on_sync_failure: Type.Optional(Type.Boolean({ description: 'default true' })),
    on_dbt_test_failure: Type.Optional(Type.Boolean({ description: 'default true' })),
    stale_threshold: Type.Optional(
      Nullable(
        Type.Number({
          exclusiveMinimum: 0,
          maximum: 1,
          description: 'share in (0, 1], default 0.2; null turns the stale notification off',
        }),
      ),
    ),
  },
  { additionalProperties: false },
);

export const SubscriptionSchema = Type.Object(
  {
    id: Type.String(),
    resource_id: Type.String(),
    resource_title: Type.String({ description: 'the subscribed resource’s title' }),
    resource_title_full: Type.String({ description: 'its full title, e.g. `shop.sales.orders`' }),
    resource_entity_type: Type.String(),
    channel: Type.String(),
    created_by: Nullable(Type.String()),
    created_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

export const SubscriptionListSchema = ListEnvelope(SubscriptionSchema);

export const SubscriptionListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  resource_id: Type.Optional(IdSchema),
});

export const SubscriptionCreateSchema = Type.Object(
  { resource_id: IdSchema, channel: ChannelSchema },
  { additionalProperties: false },
);

export const SubscriptionPatchSchema = Type.Object(
  { channel: ChannelSchema },
  { additionalProperties: false },
);

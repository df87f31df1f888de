import Type from 'typebox';
import { METRIC_TYPES } from '../../quality/monitor-metrics.js';
import { MonitorScheduleSchema } from '../../quality/monitor-schedule.js';
import { IncidentSchema, MeasurementSchema, MonitorSchema } from '../../quality/monitor-views.js';
import { ListEnvelope, Nullable, PageQuerySchema, WITHOUT_NUL } from './common.js';

export { IncidentSchema, MeasurementSchema, MonitorSchema };

const Id = Type.String({ pattern: WITHOUT_NUL, minLength: 1, maxLength: 200 });

const MetricType = Type.Union(METRIC_TYPES.map((type) => Type.Literal(type)));

const writable = {
  name: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 300 })),
  description: Type.Optional(Nullable(Type.String({ pattern: WITHOUT_NUL, maxLength: 10_000 }))),
  is_enabled: Type.Optional(Type.Boolean()),
  condition_auto_sensitivity: Type.Optional(
    Nullable(
      Type.Integer({ minimum: 1, maximum: 10, description: '1–10, 5 default; null for manual thresholds' }),
    ),
  ),
  condition_manual_min: Type.Optional(Nullable(Type.Number())),
  condition_manual_max: Type.Optional(Nullable(Type.Number())),
  notify_slack_channel: Type.Optional(Nullable(Type.String({ pattern: WITHOUT_NUL, maxLength: 200 }))),
  metric_config: Type.Optional(
    Nullable(
      Type.Object(
        {
          sql: Type.Optional(
            Type.String({
              pattern: WITHOUT_NUL,
              maxLength: 100_000,
              description: 'custom_sql: one SELECT returning one number',
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  ),
  schedule: Type.Optional(MonitorScheduleSchema),
};

export const MonitorCreateSchema = Type.Object(
  { target: Id, metric_type: MetricType, ...writable },
  { additionalProperties: false },
);

export const MonitorPatchSchema = Type.Object(
  { target: Type.Optional(Id), metric_type: Type.Optional(MetricType), ...writable },
  { additionalProperties: false },
);

export const MonitorListSchema = ListEnvelope(MonitorSchema);
export const MonitorListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  target: Type.Optional(Id),
  table: Type.Optional(
    Type.String({
      pattern: WITHOUT_NUL,
      minLength: 1,
      maxLength: 200,
      description: 'a table id: the monitors on the table and on its columns',
    }),
  ),
  status: Type.Optional(Type.String({ pattern: WITHOUT_NUL, maxLength: 20 })),
});

export const MeasurementListSchema = ListEnvelope(MeasurementSchema);
export const MeasurementListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  monitor_id: Type.Optional(Id),
});

export const MonitorRunBodySchema = Type.Object(
  { monitors: Type.Array(Id, { minItems: 1, maxItems: 100 }) },
  { additionalProperties: false },
);
export const MonitorRunAnswerSchema = Type.Object(
  { measurements: Type.Array(MeasurementSchema) },
  { additionalProperties: false },
);

export const IncidentListSchema = ListEnvelope(IncidentSchema);
export const IncidentListQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  monitor_id: Type.Optional(Id),
  status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('resolved')])),
});
export const IncidentPatchSchema = Type.Object(
  { status: Type.Literal('resolved') },
  { additionalProperties: false },
);

import Type from 'typebox';
import { ColumnProfileSchema } from '../../quality/profile-model.js';
import { ProfileScheduleSchema } from '../../quality/profile-schedule.js';
import { TableProfileSchema } from '../../quality/profile-views.js';
import { ListEnvelope, Nullable, PageQuerySchema } from './common.js';

export { ProfileScheduleSchema, TableProfileSchema };

export const TableProfileListSchema = ListEnvelope(TableProfileSchema);
export const ProfileListQuerySchema = PageQuerySchema;

export const ProfileRunBodySchema = Type.Object(
  {
    sample_percent: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 100,
        description: 'read this percent of the table (default: all of it up to 1M rows, else ~200k rows)',
      }),
    ),
    statement_timeout_ms: Type.Optional(Type.Integer({ minimum: 100, maximum: 3_600_000 })),
  },
  { additionalProperties: false },
);

export const ColumnProfileAnswerSchema = Type.Object(
  {
    profile_id: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    row_count: Nullable(Type.Number()),
    column: ColumnProfileSchema,
  },
  { additionalProperties: false },
);

export const TablePreviewSchema = Type.Object(
  {
    columns: Type.Array(
      Type.Object(
        {
          name: Type.String(),
          data_type: Type.String(),
          is_masked: Type.Boolean({ description: 'PII: never read, shown masked' }),
        },
        { additionalProperties: false },
      ),
    ),
    rows: Type.Array(Type.Array(Type.Unknown()), { description: 'the first 50 rows, cells in column order' }),
  },
  { additionalProperties: false },
);

const ScorePartSchema = Type.Object(
  {
    score: Type.Number(),
    max: Type.Number(),
    criteria: Type.Record(Type.String(), Type.Object({ score: Type.Number(), max: Type.Number() })),
  },
  { additionalProperties: false },
);

export const QualityScoreSchema = Type.Object(
  {
    resource_id: Type.String(),
    total: Type.Number({ description: '0–100' }),
    band: Type.String({ description: 'Good (≥ 80), Moderate (≥ 50), Poor' }),
    stewardship: ScorePartSchema,
    usability: ScorePartSchema,
    freshness: ScorePartSchema,
    reliability: ScorePartSchema,
  },
  { additionalProperties: false },
);

export const ProfileScheduleBodySchema = Type.Object(
  {
    frequency_hours: Nullable(
      Type.Integer({
        minimum: 1,
        maximum: 8760,
        description: 'profile every N hours; null removes the schedule',
      }),
    ),
    sample_percent: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);

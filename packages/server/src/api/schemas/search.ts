import Type from 'typebox';
import { FACET_NAMES, SearchHitSchema } from '../../search/index.js';
import { MONITOR_STATUSES, QUALITY_BANDS } from '../../store/search/index.js';
import { ListEnvelope, PageQuerySchema } from './common.js';
import { InputText } from './resource.js';

const Values = (description: string) =>
  Type.Optional(Type.Array(InputText({ minLength: 1, maxLength: 1000 }), { maxItems: 100, description }));

export const SearchQuerySchema = Type.Object({
  ...PageQuerySchema.properties,
  q: Type.Optional(
    Type.String({
      maxLength: 1000,
      description:
        'What to look for. Taken as words (letters and digits); everything else separates them, so no ' +
        'full-text syntax applies. The last word matches as a prefix unless the text ends with a space.',
    }),
  ),
  entity_type: Values('Entity types (repeat the parameter for several: any of them matches).'),
  integration_id: Values('Integration ids.'),
  database: Values('Database names.'),
  schema: Values('Schema names.'),
  tag: Values('Tag ids.'),
  owner: Values('Owner emails.'),
  verified: Type.Optional(Type.Boolean()),
  pii: Type.Optional(Type.Boolean()),
  quality: Type.Optional(
    Type.Array(Type.Union(QUALITY_BANDS.map((band) => Type.Literal(band))), {
      maxItems: 4,
      description:
        'Quality score bands of tables: good (≥ 80), moderate (≥ 50), poor, not_set (docs/quality.md).',
    }),
  ),
  monitor_status: Type.Optional(
    Type.Array(Type.Union(MONITOR_STATUSES.map((status) => Type.Literal(status))), {
      maxItems: 3,
      description:
        'The worst state of the monitors on the resource or its columns: incident (one is open), error, ok.',
    }),
  ),
  sort: Type.Optional(
    Type.Union([Type.Literal('relevance'), Type.Literal('quality_score')], {
      description: 'relevance (default), or quality_score: the best-scored tables first, unscored last.',
    }),
  ),
  archive: Type.Optional(
    Type.Boolean({ description: 'true: stale resources only (the archive view). Default: live ones only.' }),
  ),
});

const FacetValueSchema = Type.Object({
  value: Type.String({ description: 'The value to filter by (the parameter of the same facet).' }),
  label: Type.String({
    description: 'What to show: the integration or tag name, the owner’s user name, else the value.',
  }),
  count: Type.Integer(),
});

export const SearchAnswerSchema = Type.Object({
  ...ListEnvelope(SearchHitSchema).properties,
  facets: Type.Object(
    Object.fromEntries(FACET_NAMES.map((name) => [name, Type.Array(FacetValueSchema)])) as Record<
      (typeof FACET_NAMES)[number],
      ReturnType<typeof Type.Array<typeof FacetValueSchema>>
    >,
    {
      description:
        'Per facet, its most frequent values among the matches (integration: integration_id; tag: tag id; ' +
        'verified and pii: "true"/"false"; quality: good/moderate/poor/not_set; monitor_status: ok/incident/error).',
    },
  ),
  approximate: Type.Boolean({
    description:
      'More resources match than one search gathers (docs/search.md): count, pages and facet counts cover the ' +
      'best-placed ones.',
  }),
});

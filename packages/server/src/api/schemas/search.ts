import Type, { type Static } from 'typebox';
import { FACET_NAMES, MATCH_TIERS } from '../../search/index.js';
import { ListEnvelope, PageQuerySchema } from './common.js';
import { InputText, ResourceSchema } from './resource.js';

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
  archive: Type.Optional(
    Type.Boolean({ description: 'true: stale resources only (the archive view). Default: live ones only.' }),
  ),
});
export type SearchQueryString = Static<typeof SearchQuerySchema>;

const FacetValueSchema = Type.Object({
  value: Type.String({ description: 'The value to filter by (the parameter of the same facet).' }),
  label: Type.String({ description: 'What to show: the integration or tag name, else the value.' }),
  count: Type.Integer(),
});

export const SearchHitSchema = Type.Object({
  ...ResourceSchema.properties,
  match: Type.Union(
    [
      Type.Literal('exact_title'),
      Type.Literal('title_prefix'),
      Type.Literal('title_phrase'),
      Type.Literal('description_phrase'),
      Type.Literal('text'),
    ],
    { description: `Why it ranks where it does; the tiers, best first: ${MATCH_TIERS.join(', ')}.` },
  ),
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
        'verified and pii: "true"/"false").',
    },
  ),
  approximate: Type.Boolean({
    description:
      'More resources match than one search gathers (docs/search.md): count, pages and facet counts cover the ' +
      'best-placed ones.',
  }),
});

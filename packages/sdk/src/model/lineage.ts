import Type, { type Static } from 'typebox';

const OptionalName = Type.Optional(Type.Union([Type.String(), Type.Null()]));

/** A resource declared in the same integration run. */
export const InternalResourceLineageIDSchema = Type.Object(
  { type: Type.Literal('internal_resource'), databuilder_id: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);

/** A table already in the workspace, from any integration, matched by (partially qualified) name. */
export const ExternalTableLineageIDSchema = Type.Object(
  {
    type: Type.Literal('external_table'),
    cluster: OptionalName,
    database: OptionalName,
    schema: OptionalName,
    table: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);

/** A column of a table already in the workspace. */
export const ExternalColumnLineageIDSchema = Type.Object(
  {
    type: Type.Literal('external_column'),
    cluster: OptionalName,
    database: OptionalName,
    schema: OptionalName,
    table: Type.String({ minLength: 1 }),
    column: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);

/** Every table a SQL query reads; only allowed on the `from` side, towards an internal resource. */
export const TablesFromQueryLineageIDSchema = Type.Object(
  { type: Type.Literal('tables_from_query'), sql: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);

/** The four lineage identifier kinds, each keyed by its `type` value. */
export const LINEAGE_ID_SCHEMAS = {
  internal_resource: InternalResourceLineageIDSchema,
  external_table: ExternalTableLineageIDSchema,
  external_column: ExternalColumnLineageIDSchema,
  tables_from_query: TablesFromQueryLineageIDSchema,
} as const;

/** The `type` values of a {@link LineageID}. */
export const LINEAGE_ID_TYPES = Object.keys(LINEAGE_ID_SCHEMAS) as LineageIDType[];

/** One end of a lineage declaration, discriminated on `type`. */
export const LineageIDSchema = Type.Union([
  InternalResourceLineageIDSchema,
  ExternalTableLineageIDSchema,
  ExternalColumnLineageIDSchema,
  TablesFromQueryLineageIDSchema,
]);

/** A lineage declaration as integrations declare it and as JSONL `lineages` lines carry it. */
export const DeclaredLineageSchema = Type.Object(
  { from_identifier: LineageIDSchema, to_identifier: LineageIDSchema },
  { additionalProperties: false },
);

export type InternalResourceLineageID = Static<typeof InternalResourceLineageIDSchema>;
export type ExternalTableLineageID = Static<typeof ExternalTableLineageIDSchema>;
export type ExternalColumnLineageID = Static<typeof ExternalColumnLineageIDSchema>;
export type TablesFromQueryLineageID = Static<typeof TablesFromQueryLineageIDSchema>;
export type LineageID = Static<typeof LineageIDSchema>;
export type LineageIDType = LineageID['type'];
export type DeclaredLineage = Static<typeof DeclaredLineageSchema>;

/** Lineage pairs allowed by compat §3, as `from → to`. Everything else is rejected. */
export const ALLOWED_LINEAGE_PAIRS: ReadonlyArray<readonly [from: LineageIDType, to: LineageIDType]> = [
  ['internal_resource', 'internal_resource'],
  ['internal_resource', 'external_table'],
  ['external_table', 'internal_resource'],
  ['internal_resource', 'external_column'],
  ['external_column', 'internal_resource'],
  ['external_table', 'external_table'],
  ['tables_from_query', 'internal_resource'],
];

/** Whether a lineage from an identifier of type `from` to one of type `to` is allowed (compat §3). */
export function isAllowedLineagePair(from: LineageIDType, to: LineageIDType): boolean {
  return ALLOWED_LINEAGE_PAIRS.some(([allowedFrom, allowedTo]) => allowedFrom === from && allowedTo === to);
}

import { Compile } from 'typebox/compile';
import { isIsoDateTime } from './iso-date.js';
import {
  DeclaredLineageSchema,
  isAllowedLineagePair,
  LINEAGE_ID_SCHEMAS,
  LINEAGE_ID_TYPES,
  type LineageIDType,
} from './lineage.js';
import { describeSchemaErrors, preview, type ValidationProblem } from './problems.js';
import { ResourceSchema } from './resource.js';

const resourceValidator = Compile(ResourceSchema);
const lineageIdValidators = Object.fromEntries(
  Object.entries(LINEAGE_ID_SCHEMAS).map(([type, schema]) => [type, Compile(schema)]),
) as Record<LineageIDType, ReturnType<typeof Compile>>;
const LINEAGE_ENDS = ['from_identifier', 'to_identifier'] as const;

/** Where the record sits, for messages. */
export interface RecordPosition {
  index: number;
}

/**
 * Checks one resource: its shape against {@link ResourceSchema}, then the rules that span fields: tables
 * need `schema` and `database`, columns need a parent, charts need a (dashboard) parent,
 * `external_updated_at` must be an ISO-8601 date. Returns every problem found; none means valid.
 */
export function validateResource(value: unknown, position: RecordPosition): ValidationProblem[] {
  const base = { record: 'resource' as const, index: position.index };
  if (!isPlainObject(value))
    return [{ ...base, field: '', message: `must be a JSON object (got ${preview(value)})` }];
  const databuilderId =
    typeof value.databuilder_id === 'string' ? { databuilder_id: value.databuilder_id } : {};
  const shapeProblems = resourceValidator.Check(value)
    ? []
    : describeSchemaErrors(resourceValidator.Errors(value), value);
  return [...shapeProblems, ...crossFieldResourceProblems(value)].map((problem) => ({
    ...base,
    ...databuilderId,
    ...problem,
  }));
}

function crossFieldResourceProblems(
  value: Record<string, unknown>,
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const isBlank = (field: string) =>
    typeof value[field] !== 'string' || (value[field] as string).trim() === '';
  if (value.entity_type === 'table') {
    if (isBlank('schema')) problems.push({ field: 'schema', message: 'tables need a schema name' });
    if (isBlank('database')) problems.push({ field: 'database', message: 'tables need a database name' });
  }
  if (value.entity_type === 'column' && isBlank('parent_databuilder_id')) {
    problems.push({
      field: 'parent_databuilder_id',
      message: 'columns need a parent (their table or column)',
    });
  }
  if (value.entity_type === 'chart' && isBlank('parent_databuilder_id')) {
    problems.push({ field: 'parent_databuilder_id', message: 'charts need a parent (their dashboard)' });
  }
  const updatedAt = value.external_updated_at;
  if (typeof updatedAt === 'string' && !isIsoDateTime(updatedAt)) {
    problems.push({
      field: 'external_updated_at',
      message: `must be an ISO-8601 date such as 2024-05-01T12:00:00Z (got ${preview(updatedAt)})`,
    });
  }
  return problems;
}

/**
 * Checks one lineage declaration: both identifiers against the schema of their `type`, then the allowed
 * pairs ({@link isAllowedLineagePair}). `databuilder_id` in the problems is the internal end's, if any.
 */
export function validateLineage(value: unknown, position: RecordPosition): ValidationProblem[] {
  const base = { record: 'lineage' as const, index: position.index };
  if (!isPlainObject(value))
    return [{ ...base, field: '', message: `must be a JSON object (got ${preview(value)})` }];
  const problems = [
    ...unknownFieldProblems(value),
    ...LINEAGE_ENDS.flatMap((end) => lineageIdProblems(value[end], end)),
  ];
  const from = value.from_identifier as { type?: unknown } | undefined;
  const to = value.to_identifier as { type?: unknown } | undefined;
  if (
    problems.length === 0 &&
    !isAllowedLineagePair(from?.type as LineageIDType, to?.type as LineageIDType)
  ) {
    problems.push({
      field: 'to_identifier.type',
      message: `lineage from ${String(from?.type)} to ${String(to?.type)} is not allowed; allowed: internal_resource with internal_resource, external_table or external_column (either direction), external_table to external_table, tables_from_query to internal_resource`,
    });
  }
  const databuilderId = internalIdOf(value);
  return problems.map((problem) => ({
    ...base,
    ...(databuilderId ? { databuilder_id: databuilderId } : {}),
    ...problem,
  }));
}

function unknownFieldProblems(value: Record<string, unknown>): Array<{ field: string; message: string }> {
  const known = Object.keys(DeclaredLineageSchema.properties);
  return Object.keys(value)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      field: key,
      message: 'is not a known field (expected from_identifier and to_identifier)',
    }));
}

function lineageIdProblems(identifier: unknown, end: string): Array<{ field: string; message: string }> {
  if (identifier === undefined) return [{ field: end, message: 'is required' }];
  if (!isPlainObject(identifier))
    return [{ field: end, message: `must be an object (got ${preview(identifier)})` }];
  const type = identifier.type;
  if (typeof type !== 'string' || !(LINEAGE_ID_TYPES as string[]).includes(type)) {
    return [
      {
        field: `${end}.type`,
        message: `must be one of ${LINEAGE_ID_TYPES.join(', ')} (got ${preview(type)})`,
      },
    ];
  }
  // Validating against the one schema named by `type` gives one clear message instead of a union's noise.
  const validator = lineageIdValidators[type as LineageIDType];
  return validator.Check(identifier)
    ? []
    : describeSchemaErrors(validator.Errors(identifier), identifier, end);
}

function internalIdOf(value: Record<string, unknown>): string | undefined {
  for (const end of LINEAGE_ENDS) {
    const identifier = value[end] as { type?: unknown; databuilder_id?: unknown } | undefined;
    if (identifier?.type === 'internal_resource' && typeof identifier.databuilder_id === 'string') {
      return identifier.databuilder_id;
    }
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

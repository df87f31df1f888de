import type { TLocalizedValidationError } from 'typebox/error';

/**
 * One thing wrong with one record. `index` is the record's position as the caller counts it (the SDK: the
 * 1-based order of declaration; a JSONL import: the line number); `field` is a dotted path such as
 * `schema` or `from_identifier.table`, or `""` for the record as a whole.
 */
export interface ValidationProblem {
  record: 'resource' | 'lineage';
  index: number;
  databuilder_id?: string;
  field: string;
  message: string;
}

/** Formats a problem as one line naming the record, its `databuilder_id` and the field. */
export function formatValidationProblem(problem: ValidationProblem): string {
  const id = problem.databuilder_id === undefined ? '' : ` (databuilder_id "${problem.databuilder_id}")`;
  const field = problem.field === '' ? '' : `, field "${problem.field}"`;
  return `${problem.record} #${problem.index}${id}${field}: ${problem.message}`;
}

/** Formats problems one per line, at most `limit` of them, then a count of the rest. */
export function formatValidationProblems(
  problems: ValidationProblem[],
  options: { limit?: number } = {},
): string {
  const limit = options.limit ?? 100;
  const lines = problems.slice(0, limit).map(formatValidationProblem);
  if (problems.length > limit) lines.push(`... and ${problems.length - limit} more problems`);
  return lines.join('\n');
}

/**
 * Turns TypeBox's errors (one per failed keyword, several per field for unions) into one message per field.
 * `prefix` is the dotted path of the object the errors are relative to.
 */
export function describeSchemaErrors(
  errors: TLocalizedValidationError[],
  value: Record<string, unknown>,
  prefix = '',
): Array<{ field: string; message: string }> {
  const byField = new Map<string, TLocalizedValidationError[]>();
  for (const error of errors) {
    for (const field of fieldsOf(error, prefix)) {
      byField.set(field, [...(byField.get(field) ?? []), error]);
    }
  }
  return [...byField].map(([field, fieldErrors]) => ({
    field,
    message: describeFieldErrors(fieldErrors, value, field, prefix),
  }));
}

function fieldsOf(error: TLocalizedValidationError, prefix: string): string[] {
  const join = (path: string) => [prefix, path].filter((part) => part !== '').join('.');
  const base = error.instancePath
    .split('/')
    .filter((part) => part !== '')
    .join('.');
  const childOf = (name: string) => join([base, name].filter((part) => part !== '').join('.'));
  if (error.keyword === 'required') return error.params.requiredProperties.map(childOf);
  if (error.keyword === 'additionalProperties') return error.params.additionalProperties.map(childOf);
  // `anyOf` only repeats what its branches said; `boolean` is the `false` schema behind additionalProperties.
  if (error.keyword === 'anyOf' || error.keyword === 'boolean') return [];
  return [join(base)];
}

function describeFieldErrors(
  errors: TLocalizedValidationError[],
  value: Record<string, unknown>,
  field: string,
  prefix: string,
): string {
  if (errors.some((error) => error.keyword === 'required')) return 'is required';
  if (errors.some((error) => error.keyword === 'additionalProperties')) return 'is not a known field';
  const allowed = errors.flatMap((error) => {
    if (error.keyword === 'const') return [String(error.params.allowedValue)];
    return error.keyword === 'enum' ? error.params.allowedValues.map(String) : [];
  });
  const types = errors.flatMap((error) => (error.keyword === 'type' ? [error.params.type].flat() : []));
  const others = errors.filter((error) => !['const', 'enum', 'type'].includes(error.keyword));
  const parts: string[] = [];
  if (allowed.length > 0) parts.push(`must be one of ${allowed.join(', ')}`);
  else if (types.length > 0) parts.push(`must be ${[...new Set(types)].join(' or ')}`);
  for (const error of others) parts.push(error.keyword === 'minLength' ? 'must not be empty' : error.message);
  return `${parts.join('; ')} (got ${preview(valueAt(value, field, prefix))})`;
}

function valueAt(value: Record<string, unknown>, field: string, prefix: string): unknown {
  const path = (prefix === '' ? field : field.slice(prefix.length + 1)).split('.');
  let current: unknown = value;
  for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
  return current;
}

/** A short JSON rendering of a bad value for error messages. */
export function preview(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

import { InputError } from '../errors/index.js';
import type {
  FieldSpec,
  LeafFilter,
  LeafValue,
  LogicalFilter,
  ResourceFilter,
  ResourceSort,
} from '../store/catalog/resource-query.js';
import { COMPUTED_SORT_FIELDS, FILTER_OPERATORS_BY_KIND, RESOURCE_FIELDS } from './resource-fields.js';

// Bounds that keep one request's SQL small: deep or wide trees are a mistake or an attack, never a real query.
const MAX_DEPTH = 10;
const MAX_LEAVES = 100;
const MAX_IN_VALUES = 1000;
const MAX_TEXT = 1000;

const LOGICAL = new Set(['and', 'or', 'not']);
const LEAF = new Set(['exact', 'contains', 'in', 'is_set']);
const FILTER_FIELDS = Object.keys(RESOURCE_FIELDS);
const SORTABLE_FIELDS = [
  ...FILTER_FIELDS.filter((field) => RESOURCE_FIELDS[field]!.isSortable),
  ...COMPUTED_SORT_FIELDS,
];

/**
 * Parses the URL-decoded `filter=` text (compat §1) into a checked tree. Empty text or `{}` mean "no filter".
 * Throws `invalid_filter` naming the path (`filter.operands[1].field`) and the offending field or operator.
 */
export function parseResourceFilter(text: string | undefined): ResourceFilter | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const json = parseJson(text, 'invalid_filter', 'filter');
  if (isPlainObject(json) && Object.keys(json).length === 0) return undefined;
  const counter = { leaves: 0 };
  return parseNode(json, 'filter', 1, counter);
}

/**
 * Parses `sort=` (`{"field":"title","order":"asc"}`, optionally with Secoda's
 * `"tie_breaker":{"field":…,"order":…}`); throws `invalid_sort` naming the field.
 */
export function parseResourceSort(text: string | undefined): ResourceSort | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const json = parseJson(text, 'invalid_sort', 'sort');
  const { field, column, order } = parseSortKey(json, 'sort', ['field', 'order', 'tie_breaker']);
  if (!isPlainObject(json) || json.tie_breaker === undefined || json.tie_breaker === null) {
    return { field, column, order };
  }
  const tieBreaker = parseSortKey(json.tie_breaker, 'sort.tie_breaker', ['field', 'order']);
  return { field, column, order, tieBreaker };
}

function parseSortKey(
  json: unknown,
  path: string,
  allowedKeys: string[],
): { field: string; column: ResourceSort['column']; order: 'asc' | 'desc' } {
  if (!isPlainObject(json)) throw sortError(`${path} must be a JSON object {"field":…,"order":"asc"|"desc"}`);
  const unknownKey = Object.keys(json).find((key) => !allowedKeys.includes(key));
  if (unknownKey) throw sortError(`${path} has an unknown key "${unknownKey}"`, { key: unknownKey });
  const { field, order = 'asc' } = json;
  if (typeof field !== 'string') throw sortError(`${path}.field must be a string`);
  const isComputed = (COMPUTED_SORT_FIELDS as readonly string[]).includes(field);
  if (!isComputed && !Object.hasOwn(RESOURCE_FIELDS, field)) {
    throw sortError(
      `${path}.field: unknown field "${field}"; sortable fields: ${SORTABLE_FIELDS.join(', ')}`,
      {
        field,
        valid_fields: SORTABLE_FIELDS,
      },
    );
  }
  if (!isComputed && !RESOURCE_FIELDS[field]!.isSortable) {
    throw sortError(
      `${path}.field: "${field}" cannot be sorted on; sortable fields: ${SORTABLE_FIELDS.join(', ')}`,
      {
        field,
        valid_fields: SORTABLE_FIELDS,
      },
    );
  }
  if (order !== 'asc' && order !== 'desc') {
    throw sortError(`${path}.order must be "asc" or "desc", not ${JSON.stringify(order)}`, { field });
  }
  const column = isComputed ? 'total_usage' : (RESOURCE_FIELDS[field]!.column as ResourceSort['column']);
  return { field, column, order };
}

/** True when the tree names `field` anywhere (e.g. `stale`: asking for it opens the archive view). */
export function filterMentionsField(filter: ResourceFilter | undefined, field: string): boolean {
  if (!filter) return false;
  if ('operands' in filter) return filter.operands.some((operand) => filterMentionsField(operand, field));
  return filter.field === field;
}

function parseNode(node: unknown, path: string, depth: number, counter: { leaves: number }): ResourceFilter {
  if (!isPlainObject(node)) throw filterError(`${path} must be a JSON object`, path);
  if (depth > MAX_DEPTH) throw filterError(`${path}: filters nest at most ${MAX_DEPTH} deep`, path);
  const operator = node.operator;
  if (typeof operator !== 'string') throw filterError(`${path}.operator is missing`, path);
  if (LOGICAL.has(operator))
    return parseLogical(node, operator as LogicalFilter['operator'], path, depth, counter);
  if (!LEAF.has(operator)) {
    throw filterError(`${path}.operator: unknown operator "${operator}"`, path, { operator });
  }
  counter.leaves += 1;
  if (counter.leaves > MAX_LEAVES) throw filterError(`filter has more than ${MAX_LEAVES} conditions`, path);
  return parseLeaf(node, operator as LeafFilter['operator'], path);
}

function parseLogical(
  node: Record<string, unknown>,
  operator: LogicalFilter['operator'],
  path: string,
  depth: number,
  counter: { leaves: number },
): LogicalFilter {
  assertOnlyKeys(node, ['operator', 'operands'], path);
  const operands = node.operands;
  if (!Array.isArray(operands) || operands.length === 0) {
    throw filterError(`${path}.operands must be a non-empty array`, path, { operator });
  }
  if (operator === 'not' && operands.length !== 1) {
    throw filterError(`${path}: "not" takes exactly one operand`, path, { operator });
  }
  return {
    operator,
    operands: operands.map((child, i) => parseNode(child, `${path}.operands[${i}]`, depth + 1, counter)),
  };
}

function parseLeaf(
  node: Record<string, unknown>,
  operator: LeafFilter['operator'],
  path: string,
): LeafFilter {
  assertOnlyKeys(node, ['operator', 'field', 'value'], path);
  const field = node.field;
  if (typeof field !== 'string') throw filterError(`${path}.field must be a string`, path);
  if (!Object.hasOwn(RESOURCE_FIELDS, field)) {
    throw filterError(
      `${path}.field: unknown field "${field}"; valid fields: ${FILTER_FIELDS.join(', ')}`,
      path,
      {
        field,
        valid_fields: FILTER_FIELDS,
      },
    );
  }
  const spec = RESOURCE_FIELDS[field]!;
  if (!FILTER_OPERATORS_BY_KIND[spec.kind].includes(operator)) {
    throw filterError(`${path}: operator "${operator}" does not apply to field "${field}"`, path, {
      field,
      operator,
    });
  }
  return { operator, field, spec, value: parseLeafValue(node.value, operator, spec, `${path}.value`) };
}

function parseLeafValue(
  value: unknown,
  operator: LeafFilter['operator'],
  spec: FieldSpec,
  path: string,
): LeafValue | LeafValue[] {
  if (operator === 'is_set') {
    if (value === undefined) return true;
    if (typeof value !== 'boolean') throw filterError(`${path} must be true or false for "is_set"`, path);
    return value;
  }
  if (operator === 'in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN_VALUES) {
      throw filterError(`${path} must be an array of 1 to ${MAX_IN_VALUES} values for "in"`, path);
    }
    return value.map((item, i) => parseScalar(item, operator, spec, `${path}[${i}]`));
  }
  return parseScalar(value, operator, spec, path);
}

function parseScalar(value: unknown, operator: string, spec: FieldSpec, path: string): LeafValue {
  const expected = operator === 'contains' ? 'string' : scalarTypeOf(spec);
  if (typeof value !== expected) throw filterError(`${path} must be a ${expected}`, path);
  if (typeof value === 'string' && value.length > MAX_TEXT) {
    throw filterError(`${path} is longer than ${MAX_TEXT} characters`, path);
  }
  // PostgreSQL text cannot hold NUL; such a value could never match anything.
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw filterError(`${path} must not contain NUL characters`, path);
  }
  // Every number field is an integer column; a fraction or a huge value is a mistake, not a query.
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw filterError(`${path} must be an integer`, path);
  }
  return value as LeafValue;
}

function scalarTypeOf(spec: FieldSpec): 'string' | 'number' | 'boolean' {
  if (spec.kind === 'bool') return 'boolean';
  if (spec.kind === 'number') return 'number';
  return 'string';
}

function assertOnlyKeys(node: Record<string, unknown>, allowed: string[], path: string): void {
  const extra = Object.keys(node).find((key) => !allowed.includes(key));
  if (extra) throw filterError(`${path} has an unknown key "${extra}"`, path, { key: extra });
}

function parseJson(text: string, code: 'invalid_filter' | 'invalid_sort', param: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(code, `${param} is not valid JSON: ${(error as Error).message}`, { param });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function filterError(message: string, path: string, details: Record<string, unknown> = {}): InputError {
  return new InputError('invalid_filter', message, { path, ...details });
}

function sortError(message: string, details: Record<string, unknown> = {}): InputError {
  return new InputError('invalid_sort', message, details);
}

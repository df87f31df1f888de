import { InputError } from '../errors/index.js';
import type { AuditColumn, AuditFilter, AuditSortKey } from '../store/catalog/index.js';

/**
 * The audit log's `filter=` and `sort=` (compat.md §8: "filter and sort in the catalog grammar, e.g.
 * performer_type exact USER"). Field names are Secoda's entry fields; Sextant's own names are accepted too.
 */
const AUDIT_FIELDS: Readonly<Record<string, AuditColumn>> = {
  id: 'id',
  activity_type: 'action',
  action: 'action',
  performer_id: 'actor_user_id',
  actor: 'actor_user_id',
  performer_type: 'performer_type',
  resource_id: 'entity_id',
  entity_id: 'entity_id',
  resource_type: 'entity_type',
  entity_type: 'entity_type',
  logged_at: 'created_at',
  created_at: 'created_at',
};
const FIELD_NAMES = Object.keys(AUDIT_FIELDS);

const MAX_DEPTH = 10;
const MAX_LEAVES = 100;

export function parseAuditFilter(text: string | undefined): AuditFilter | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const json = parseJson(text, 'invalid_filter', 'filter');
  if (isObject(json) && Object.keys(json).length === 0) return undefined;
  return parseNode(json, 'filter', 1, { leaves: 0 });
}

/** `{"field","order","tie_breaker"?:{"field","order"}}`; default newest first. */
export function parseAuditSort(text: string | undefined): AuditSortKey[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const json = parseJson(text, 'invalid_sort', 'sort');
  const first = parseSortKey(json, 'sort', ['field', 'order', 'tie_breaker']);
  const tie = isObject(json) ? json.tie_breaker : undefined;
  if (tie === undefined || tie === null) return [first];
  return [first, parseSortKey(tie, 'sort.tie_breaker', ['field', 'order'])];
}

function parseSortKey(json: unknown, path: string, allowed: string[]): AuditSortKey {
  if (!isObject(json)) throw sortError(`${path} must be a JSON object {"field":…,"order":"asc"|"desc"}`);
  const extra = Object.keys(json).find((key) => !allowed.includes(key));
  if (extra) throw sortError(`${path} has an unknown key "${extra}"`);
  const { field, order = 'asc' } = json;
  if (typeof field !== 'string' || !Object.hasOwn(AUDIT_FIELDS, field)) {
    throw new InputError(
      'invalid_sort',
      `${path}.field: unknown field ${JSON.stringify(field)}; sortable fields: ${FIELD_NAMES.join(', ')}`,
      { field, valid_fields: FIELD_NAMES },
    );
  }
  if (order !== 'asc' && order !== 'desc') throw sortError(`${path}.order must be "asc" or "desc"`);
  return { column: AUDIT_FIELDS[field]!, order };
}

function parseNode(node: unknown, path: string, depth: number, counter: { leaves: number }): AuditFilter {
  if (!isObject(node)) throw filterError(`${path} must be a JSON object`, path);
  if (depth > MAX_DEPTH) throw filterError(`${path}: filters nest at most ${MAX_DEPTH} deep`, path);
  const { operator } = node;
  if (operator === 'and' || operator === 'or' || operator === 'not') {
    onlyKeys(node, ['operator', 'operands'], path);
    const operands = node.operands;
    if (!Array.isArray(operands) || operands.length === 0 || (operator === 'not' && operands.length !== 1)) {
      throw filterError(`${path}.operands must be a non-empty array (one operand for "not")`, path);
    }
    return {
      operator,
      operands: operands.map((child, i) => parseNode(child, `${path}.operands[${i}]`, depth + 1, counter)),
    };
  }
  if (operator !== 'exact' && operator !== 'in' && operator !== 'contains') {
    throw filterError(
      `${path}.operator: unknown operator ${JSON.stringify(operator)} (and, or, not, exact, in, contains)`,
      path,
    );
  }
  counter.leaves += 1;
  if (counter.leaves > MAX_LEAVES) throw filterError(`filter has more than ${MAX_LEAVES} conditions`, path);
  onlyKeys(node, ['operator', 'field', 'value'], path);
  const { field, value } = node;
  if (typeof field !== 'string' || !Object.hasOwn(AUDIT_FIELDS, field)) {
    throw filterError(
      `${path}.field: unknown field ${JSON.stringify(field)}; valid fields: ${FIELD_NAMES.join(', ')}`,
      path,
      { field, valid_fields: FIELD_NAMES },
    );
  }
  const column = AUDIT_FIELDS[field]!;
  if (operator === 'in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > 1000 || !value.every(isText)) {
      throw filterError(`${path}.value must be an array of 1 to 1000 strings for "in"`, path);
    }
    return { operator, column, value };
  }
  if (!isText(value)) throw filterError(`${path}.value must be a string`, path);
  return { operator, column, value };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 1000 && !value.includes('\u0000');
}

function onlyKeys(node: Record<string, unknown>, allowed: string[], path: string): void {
  const extra = Object.keys(node).find((key) => !allowed.includes(key));
  if (extra) throw filterError(`${path} has an unknown key "${extra}"`, path);
}

function parseJson(text: string, code: 'invalid_filter' | 'invalid_sort', param: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(code, `${param} is not valid JSON: ${(error as Error).message}`, { param });
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function filterError(message: string, path: string, details: Record<string, unknown> = {}): InputError {
  return new InputError('invalid_filter', message, { path, ...details });
}

function sortError(message: string): InputError {
  return new InputError('invalid_sort', message, {});
}

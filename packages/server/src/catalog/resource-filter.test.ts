import { describe, expect, test } from 'vitest';
import { SextantError } from '../errors/index.js';
import { filterMentionsField, parseResourceFilter, parseResourceSort } from './resource-filter.js';

function errorOf(run: () => unknown): SextantError {
  try {
    run();
  } catch (error) {
    if (error instanceof SextantError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('parseResourceFilter', () => {
  test('empty text and {} mean no filter', () => {
    expect(parseResourceFilter(undefined)).toBeUndefined();
    expect(parseResourceFilter('  ')).toBeUndefined();
    expect(parseResourceFilter('{}')).toBeUndefined();
  });

  test('parses a nested tree and resolves field specs', () => {
    const filter = parseResourceFilter(
      JSON.stringify({
        operator: 'and',
        operands: [
          { operator: 'exact', field: 'entity_type', value: 'table' },
          {
            operator: 'or',
            operands: [
              { operator: 'contains', field: 'title', value: 'ord' },
              { operator: 'not', operands: [{ operator: 'is_set', field: 'description' }] },
            ],
          },
          { operator: 'in', field: 'tags', value: ['a', 'b'] },
          { operator: 'exact', field: 'verified', value: true },
        ],
      }),
    );
    expect(filter).toMatchObject({
      operator: 'and',
      operands: [
        { field: 'entity_type', spec: { kind: 'text', column: 'entity_type' }, value: 'table' },
        { operator: 'or' },
        { field: 'tags', spec: { kind: 'relation' }, value: ['a', 'b'] },
        { field: 'verified', spec: { kind: 'bool' }, value: true },
      ],
    });
    const isSet = (filter as { operands: { operands?: { operands?: unknown[] }[] }[] }).operands[1]!
      .operands![1]!;
    expect(isSet.operands![0]).toMatchObject({ operator: 'is_set', value: true });
  });

  test('filterMentionsField finds a field anywhere in the tree', () => {
    const filter = parseResourceFilter(
      '{"operator":"or","operands":[{"operator":"exact","field":"title","value":"x"},{"operator":"exact","field":"stale","value":true}]}',
    );
    expect(filterMentionsField(filter, 'stale')).toBe(true);
    expect(filterMentionsField(filter, 'pii')).toBe(false);
    expect(filterMentionsField(undefined, 'stale')).toBe(false);
  });

  test.each([
    ['{"operator":', 'not valid JSON', {}],
    ['[1]', 'filter must be a JSON object', { path: 'filter' }],
    ['{"operator":"xor","operands":[]}', 'unknown operator "xor"', { operator: 'xor' }],
    [
      '{"operator":"exact","field":"password","value":"x"}',
      'unknown field "password"',
      { field: 'password' },
    ],
    ['{"operator":"exact","field":"__proto__","value":"x"}', 'unknown field "__proto__"', {}],
    [
      '{"operator":"contains","field":"tags","value":"x"}',
      'does not apply to field "tags"',
      { field: 'tags' },
    ],
    ['{"operator":"exact","field":"pii","value":"yes"}', 'filter.value must be a boolean', {}],
    ['{"operator":"in","field":"title","value":[]}', 'array of 1 to 1000', {}],
    ['{"operator":"in","field":"title","value":["a",3]}', 'filter.value[1] must be a string', {}],
    ['{"operator":"is_set","field":"title","value":"x"}', 'true or false', {}],
    ['{"operator":"and","operands":[]}', 'non-empty array', {}],
    [
      '{"operator":"not","operands":[{"operator":"exact","field":"title","value":"a"},{"operator":"exact","field":"title","value":"b"}]}',
      'exactly one operand',
      {},
    ],
    [
      '{"operator":"and","operands":[{"operator":"exact","field":"nope","value":"a"}]}',
      'filter.operands[0].field: unknown field "nope"',
      { path: 'filter.operands[0]' },
    ],
    ['{"operator":"exact","field":"title","value":"a","extra":1}', 'unknown key "extra"', {}],
    ['{"field":"title","value":"a"}', 'operator is missing', {}],
    ['{"operator":"exact","field":"sort_order","value":1.5}', 'filter.value must be an integer', {}],
    ['{"operator":"in","field":"row_count","value":[1e300]}', 'filter.value[0] must be an integer', {}],
    ['{"operator":"exact","field":"title","value":"a\\u0000b"}', 'must not contain NUL', {}],
  ])('%s → invalid_filter (%s)', (text, message, details) => {
    const error = errorOf(() => parseResourceFilter(text));
    expect(error.code).toBe('invalid_filter');
    expect(error.status).toBe(400);
    expect(error.message).toContain(message);
    expect(error.details).toMatchObject(details);
  });

  test('deep and wide trees are refused', () => {
    let deep: unknown = { operator: 'exact', field: 'title', value: 'x' };
    for (let i = 0; i < 12; i += 1) deep = { operator: 'not', operands: [deep] };
    expect(errorOf(() => parseResourceFilter(JSON.stringify(deep))).message).toContain('nest at most');
    const wide = {
      operator: 'or',
      operands: Array.from({ length: 101 }, (_, i) => ({
        operator: 'exact',
        field: 'title',
        value: `t${i}`,
      })),
    };
    expect(errorOf(() => parseResourceFilter(JSON.stringify(wide))).message).toContain('more than 100');
  });
});

describe('parseResourceSort', () => {
  test('parses field and order, default asc, maps to columns', () => {
    expect(parseResourceSort('{"field":"title","order":"desc"}')).toEqual({
      field: 'title',
      column: 'title',
      order: 'desc',
    });
    expect(parseResourceSort('{"field":"database"}')).toEqual({
      field: 'database',
      column: 'database_name',
      order: 'asc',
    });
    expect(parseResourceSort('{"field":"total_usage","order":"desc"}')).toMatchObject({
      column: 'total_usage',
    });
    expect(parseResourceSort(undefined)).toBeUndefined();
  });

  test('type sorts on the entity type; tie_breaker parses into a second key', () => {
    expect(
      parseResourceSort(
        '{"field":"type","order":"desc","tie_breaker":{"field":"total_usage","order":"asc"}}',
      ),
    ).toEqual({
      field: 'type',
      column: 'entity_type',
      order: 'desc',
      tieBreaker: { field: 'total_usage', column: 'total_usage', order: 'asc' },
    });
    expect(parseResourceFilter('{"operator":"exact","field":"type","value":"table"}')).toMatchObject({
      field: 'type',
      spec: { column: 'entity_type' },
    });
  });

  test.each([
    ['nope', 'not valid JSON'],
    ['{"field":"secret"}', 'unknown field "secret"'],
    ['{"field":"tags"}', 'cannot be sorted on'],
    ['{"field":"title","order":"up"}', 'sort.order must be'],
    ['{"field":"title","by":"x"}', 'unknown key "by"'],
    ['["title"]', 'must be a JSON object'],
  ])('%s → invalid_sort (%s)', (text, message) => {
    const error = errorOf(() => parseResourceSort(text));
    expect(error.code).toBe('invalid_sort');
    expect(error.message).toContain(message);
  });
});

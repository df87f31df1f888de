import { describe, expect, it } from 'vitest';
import { isAllowedLineagePair, LINEAGE_ID_TYPES } from './lineage.js';
import { formatValidationProblem } from './problems.js';
import { validateLineage, validateResource } from './validate.js';

const table = {
  entity_type: 'table',
  databuilder_id: 't1',
  title: 'orders',
  schema: 'public',
  database: 'shop',
};
const internal = (id: string) => ({ type: 'internal_resource', databuilder_id: id });
const externalTable = { type: 'external_table', database: 'shop', schema: 'public', table: 'orders' };
const externalColumn = { ...externalTable, type: 'external_column', column: 'id' };
const query = { type: 'tables_from_query', sql: 'select * from orders' };

describe('validateResource', () => {
  it('accepts a complete table and the nulls that Python-written JSONL carries', () => {
    expect(validateResource(table, { index: 1 })).toEqual([]);
    expect(
      validateResource(
        {
          ...table,
          title: null,
          description: null,
          owners: null,
          sort_order: null,
          is_pk: null,
          hidden: null,
        },
        { index: 1 },
      ),
    ).toEqual([]);
  });

  it('names index, databuilder_id and field when a table lacks schema or database', () => {
    const problems = validateResource({ ...table, schema: undefined, database: '' }, { index: 7 });
    expect(problems.map((problem) => problem.field)).toEqual(['schema', 'database']);
    expect(formatValidationProblem(problems[0]!)).toBe(
      'resource #7 (databuilder_id "t1"), field "schema": tables need a schema name',
    );
  });

  it('requires a parent for columns', () => {
    const problems = validateResource(
      { entity_type: 'column', databuilder_id: 'c1', type: 'int' },
      { index: 2 },
    );
    expect(problems).toEqual([
      {
        record: 'resource',
        index: 2,
        databuilder_id: 'c1',
        field: 'parent_databuilder_id',
        message: 'columns need a parent (their table or column)',
      },
    ]);
  });

  it('requires a parent for charts', () => {
    const problems = validateResource({ entity_type: 'chart', databuilder_id: 'ch1' }, { index: 3 });
    expect(problems[0]).toMatchObject({
      field: 'parent_databuilder_id',
      message: expect.stringMatching(/dashboard/),
    });
  });

  it.each(['2024-05-01', '2024-05-01T12:00:00Z', '2024-05-01T12:00:00.123+02:00', '2024-05-01 12:00:00'])(
    'accepts external_updated_at %s',
    (date) => {
      expect(validateResource({ ...table, external_updated_at: date }, { index: 1 })).toEqual([]);
    },
  );

  it.each(['yesterday', '2024-02-30', '2024-13-01T00:00:00Z', '2024-05-01T25:00:00Z', '1714561200'])(
    'rejects external_updated_at %s',
    (date) => {
      const problems = validateResource({ ...table, external_updated_at: date }, { index: 4 });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ index: 4, databuilder_id: 't1', field: 'external_updated_at' });
      expect(problems[0]!.message).toContain('ISO-8601');
    },
  );

  it('rejects an unknown entity_type, listing the allowed ones', () => {
    const [problem] = validateResource({ ...table, entity_type: 'tabel' }, { index: 1 });
    expect(problem).toMatchObject({ field: 'entity_type' });
    expect(problem!.message).toContain('must be one of database, schema, table');
    expect(problem!.message).toContain('"tabel"');
  });

  it('rejects a missing databuilder_id, wrong types and unknown fields, one problem per field', () => {
    const problems = validateResource(
      { entity_type: 'dashboard', title: 5, is_pk: 'yes', parent_id: 'x' },
      { index: 9 },
    );
    expect(Object.fromEntries(problems.map((problem) => [problem.field, problem.message]))).toEqual({
      databuilder_id: 'is required',
      title: 'must be string or null (got 5)',
      is_pk: 'must be boolean or null (got "yes")',
      parent_id: 'is not a known field',
    });
    expect(problems.every((problem) => problem.databuilder_id === undefined)).toBe(true);
  });

  it('rejects a value that is not an object', () => {
    expect(validateResource([1], { index: 1 })[0]).toMatchObject({
      field: '',
      message: expect.stringContaining('JSON object'),
    });
  });
});

describe('validateLineage', () => {
  it.each([
    [internal('a'), internal('b')],
    [internal('a'), externalTable],
    [externalTable, internal('a')],
    [internal('a'), externalColumn],
    [externalColumn, internal('a')],
    [externalTable, externalTable],
    [query, internal('a')],
  ])('accepts %o -> %o', (from, to) => {
    expect(validateLineage({ from_identifier: from, to_identifier: to }, { index: 1 })).toEqual([]);
  });

  it.each([
    [internal('a'), query],
    [externalColumn, externalColumn],
    [externalTable, externalColumn],
    [query, externalTable],
  ])('rejects %o -> %o as a pair', (from, to) => {
    const problems = validateLineage({ from_identifier: from, to_identifier: to }, { index: 5 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ index: 5, field: 'to_identifier.type' });
    expect(problems[0]!.message).toContain(`from ${from.type} to ${to.type} is not allowed`);
  });

  it('names the internal databuilder_id and the nested field', () => {
    const problems = validateLineage(
      { from_identifier: { type: 'external_table', schema: 'public' }, to_identifier: internal('d1') },
      { index: 3 },
    );
    expect(problems).toEqual([
      {
        record: 'lineage',
        index: 3,
        databuilder_id: 'd1',
        field: 'from_identifier.table',
        message: 'is required',
      },
    ]);
  });

  it('rejects an unknown identifier type, a missing end and unknown fields', () => {
    const problems = validateLineage(
      { from_identifier: { type: 'table', table: 'x' }, extra: 1 },
      { index: 2 },
    );
    expect(problems.map((problem) => problem.field).sort()).toEqual([
      'extra',
      'from_identifier.type',
      'to_identifier',
    ]);
  });

  it('rejects an empty sql', () => {
    const problems = validateLineage(
      { from_identifier: { ...query, sql: '' }, to_identifier: internal('a') },
      { index: 1 },
    );
    expect(problems[0]).toMatchObject({
      field: 'from_identifier.sql',
      message: 'must not be empty (got "")',
    });
  });
});

describe('isAllowedLineagePair', () => {
  it('allows exactly the seven pairs of compat §3', () => {
    const allowed = LINEAGE_ID_TYPES.flatMap((from) =>
      LINEAGE_ID_TYPES.filter((to) => isAllowedLineagePair(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'internal_resource>internal_resource',
        'internal_resource>external_table',
        'external_table>internal_resource',
        'internal_resource>external_column',
        'external_column>internal_resource',
        'external_table>external_table',
        'tables_from_query>internal_resource',
      ].sort(),
    );
  });
});

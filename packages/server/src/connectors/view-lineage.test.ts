import { describe, expect, test } from 'vitest';
import { declareSqlLineage, RelationIndex } from './view-lineage.js';

const relations = () => {
  const index = new RelationIndex();
  index.add({ database: 'shop', schema: 'raw', name: 'orders' }, ['id', 'Amount']);
  // A run adds its views too, as it declares them.
  index.add({ database: 'shop', schema: 'mart', name: 'v' }, ['id', 'doubled']);
  return index;
};

describe('declareSqlLineage', () => {
  test('a view: table and column edges to catalogued tables by id, in the database’s spelling', () => {
    const { lineages, warnings } = declareSqlLineage({
      sql: 'select o.id, o.amount * 2 as doubled from raw.orders o',
      dialect: 'postgres',
      defaultDatabase: 'shop',
      defaultSchema: 'mart',
      relations: relations(),
      view: { database: 'shop', schema: 'mart', name: 'v' },
      label: 'shop.mart.v',
    });
    expect(warnings).toEqual([]);
    expect(lineages.map((l) => [l.from_identifier, l.to_identifier])).toEqual([
      [
        { type: 'internal_resource', databuilder_id: 'shop.raw.orders' },
        { type: 'internal_resource', databuilder_id: 'shop.mart.v' },
      ],
      [
        { type: 'internal_resource', databuilder_id: 'shop.raw.orders.id' },
        { type: 'internal_resource', databuilder_id: 'shop.mart.v.id' },
      ],
      [
        { type: 'internal_resource', databuilder_id: 'shop.raw.orders.Amount' },
        { type: 'internal_resource', databuilder_id: 'shop.mart.v.doubled' },
      ],
    ]);
  });

  test('SQL that does not parse is a warning naming the view with the parser’s message', () => {
    const { lineages, warnings } = declareSqlLineage({
      sql: 'select from from where (',
      dialect: 'postgres',
      defaultDatabase: 'shop',
      defaultSchema: 'mart',
      relations: relations(),
      view: { database: 'shop', schema: 'mart', name: 'broken' },
      label: 'shop.mart.broken',
    });
    expect(lineages).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'view_unparsed',
        object: 'shop.mart.broken',
        message: expect.stringMatching(/^shop\.mart\.broken: .+ \(line 1, column \d+\)$/),
      }),
    ]);
  });

  test('a table that is not catalogued is kept by name and reported', () => {
    const { lineages, warnings } = declareSqlLineage({
      sql: 'insert into raw.orders (id) select order_id from staging.orders_new',
      dialect: 'postgres',
      defaultDatabase: 'shop',
      defaultSchema: 'public',
      relations: relations(),
      label: 'query 1',
    });
    expect(lineages).toContainEqual({
      from_identifier: {
        type: 'external_column',
        database: 'shop',
        schema: 'staging',
        table: 'orders_new',
        column: 'order_id',
      },
      to_identifier: { type: 'internal_resource', databuilder_id: 'shop.raw.orders.id' },
    });
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'lineage_unresolved',
        message: expect.stringContaining('staging.orders_new.order_id'),
      }),
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import type { Resource } from '../src/api/types';
import { filterFor, rankResults } from '../src/search/catalog-search';

const resource = (title: string, entity_type = 'table') => ({ id: title, title, entity_type }) as Resource;

describe('search ranking and filter', () => {
  test('exact title, then prefix (tables first, shortest first), then contains, then path-only matches', () => {
    const page = [
      resource('customer_orders'),
      resource('order_date', 'column'),
      resource('order_items'),
      resource('orders'),
      resource('order'),
      resource('payments'),
    ];
    expect(rankResults(page, 'Order').map((r) => r.title)).toEqual([
      'order',
      'orders',
      'order_items',
      'order_date',
      'customer_orders',
      'payments',
    ]);
  });

  test('the filter searches title and path, applies the facet, and names stale so the archive works', () => {
    expect(filterFor({ text: ' ord ', entityType: 'table', archive: true })).toEqual({
      operator: 'and',
      operands: [
        {
          operator: 'or',
          operands: [
            { operator: 'contains', field: 'title', value: 'ord' },
            { operator: 'contains', field: 'title_full', value: 'ord' },
          ],
        },
        { operator: 'exact', field: 'entity_type', value: 'table' },
        { operator: 'exact', field: 'stale', value: true },
      ],
    });
    expect(filterFor({ text: '', entityType: null, archive: false }).operands).toEqual([
      { operator: 'exact', field: 'stale', value: false },
    ]);
  });
});

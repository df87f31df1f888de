import { describe, expect, test } from 'vitest';
import { searchQueryFor, searchStateFrom } from '../src/search/search-api';

describe('search page state and the query it sends', () => {
  test('the URL holds the text, one value per facet and the archive switch', () => {
    const state = searchStateFrom(
      new URLSearchParams('q=ord&type=table&schema=mart&verified=true&archive=1'),
      'ord',
    );
    expect(state).toEqual({
      text: 'ord',
      archive: true,
      filters: { entity_type: 'table', schema: 'mart', verified: 'true' },
    });
  });

  test('facets become the server parameters; empty text and no archive send nothing', () => {
    expect(
      searchQueryFor({
        text: ' ord ',
        archive: true,
        filters: { integration: 'i1', tag: 't1', owner: 'a@b' },
      }),
    ).toEqual({ page_size: 50, q: ' ord ', archive: 'true', integration_id: 'i1', tag: 't1', owner: 'a@b' });
    expect(searchQueryFor({ text: '  ', archive: false, filters: {} })).toEqual({ page_size: 50 });
  });
});

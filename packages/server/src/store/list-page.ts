import { type SelectQueryBuilder, sql } from 'kysely';

/** A page request as every list route makes it. */
export interface PageWindow {
  limit: number;
  offset: number;
}

/**
 * One page of a list and the size of the whole list: the one shape behind every paged store query. `base` is the
 * filtered query (no selection); `select` picks and orders the rows (a page needs a total order, so end it with a
 * unique key). The count runs on `base` alongside the page.
 */
export async function listPage<DB, TB extends keyof DB, Row>(
  base: SelectQueryBuilder<DB, TB, object>,
  select: (query: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<DB, TB, Row>,
  page: PageWindow,
): Promise<{ rows: Row[]; count: number }> {
  const [rows, total] = await Promise.all([
    select(base).limit(page.limit).offset(page.offset).execute(),
    base.select(sql<number | string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, count: Number((total as { n: number | string }).n) };
}

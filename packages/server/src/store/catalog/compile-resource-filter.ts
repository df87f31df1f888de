import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { DialectFlags } from '../dialect.js';
import type { Database } from '../schema.js';
import type { LeafFilter, LeafValue, ResourceFilter, ResourceSort } from './resource-query.js';

type ResourcesBuilder = ExpressionBuilder<Database, 'resources'>;

// The link tables behind the `relation` fields: membership is an EXISTS on the (resource_id, other_id) key.
const RELATIONS = {
  tags: { table: 'resource_tags', column: 'tag_id' },
  collections: { table: 'collection_resources', column: 'collection_id' },
} as const;

/**
 * Compiles a checked filter tree (catalog/resource-filter.ts) into one WHERE expression over `resources`. Field
 * names were whitelisted by the parser, so the column references here never come from user text.
 */
export function compileResourceFilter(
  eb: ResourcesBuilder,
  flags: DialectFlags,
  filter: ResourceFilter,
): Expression<SqlBool> {
  if ('operands' in filter) {
    const operands = filter.operands.map((operand) => compileResourceFilter(eb, flags, operand));
    if (filter.operator === 'not') return eb.not(operands[0]!);
    return filter.operator === 'and' ? eb.and(operands) : eb.or(operands);
  }
  return compileLeaf(eb, flags, filter);
}

function compileLeaf(eb: ResourcesBuilder, flags: DialectFlags, leaf: LeafFilter): Expression<SqlBool> {
  const { kind, column } = leaf.spec;
  if (kind === 'relation') return compileRelation(eb, leaf, RELATIONS[column as keyof typeof RELATIONS]);
  const ref = sql.ref(`resources.${column}`);
  const values = (Array.isArray(leaf.value) ? leaf.value : [leaf.value]).map(toColumnValue);
  if (kind === 'number') return compileNumber(eb, leaf, ref, values);
  if (kind === 'list') return compileList(flags, leaf, ref, values);
  switch (leaf.operator) {
    case 'exact':
      return sql<SqlBool>`${ref} = ${values[0]}`;
    case 'in':
      return sql<SqlBool>`${ref} in (${sql.join(values)})`;
    case 'contains':
      return likeExpression(flags.likeOperator, ref, `%${escapeLike(String(values[0]))}%`);
    default: {
      const isSet =
        kind === 'text'
          ? sql<SqlBool>`(${ref} is not null and ${ref} <> '')`
          : sql<SqlBool>`${ref} is not null`;
      return leaf.value ? isSet : eb.not(isSet);
    }
  }
}

/**
 * Integer columns of both widths (sort_order is 4 bytes, counts 8): values are cast to bigint so PostgreSQL never
 * rejects a large value against the narrower column type.
 */
function compileNumber(
  eb: ResourcesBuilder,
  leaf: LeafFilter,
  ref: Expression<unknown>,
  values: Array<string | number>,
): Expression<SqlBool> {
  if (leaf.operator === 'is_set') {
    const isSet = sql<SqlBool>`${ref} is not null`;
    return leaf.value ? isSet : eb.not(isSet);
  }
  const casts = values.map((value) => sql`cast(${value} as bigint)`);
  return sql<SqlBool>`${ref} in (${sql.join(casts)})`;
}

/**
 * JSON string arrays (owners, teams) are matched on their text: the stored array is written by JSON.stringify, so
 * a member `x` appears as `"x"` with the same escaping. Portable across both backends and index-free, which is fine
 * for a column that is only ever a filter on an already narrowed set.
 */
function compileList(
  flags: DialectFlags,
  leaf: LeafFilter,
  ref: Expression<unknown>,
  values: Array<string | number>,
): Expression<SqlBool> {
  if (leaf.operator === 'is_set') {
    const isSet = sql<SqlBool>`(${ref} is not null and ${ref} <> '[]')`;
    return leaf.value ? isSet : sql<SqlBool>`not ${isSet}`;
  }
  if (leaf.operator === 'contains') {
    return likeExpression(flags.likeOperator, ref, `%${escapeLike(String(values[0]))}%`);
  }
  const members = values.map((value) =>
    likeExpression('like', ref, `%${escapeLike(JSON.stringify(value))}%`),
  );
  return members.length === 1 ? members[0]! : sql<SqlBool>`(${sql.join(members, sql` or `)})`;
}

function compileRelation(
  eb: ResourcesBuilder,
  leaf: LeafFilter,
  relation: (typeof RELATIONS)[keyof typeof RELATIONS],
): Expression<SqlBool> {
  const link = sql.table(relation.table);
  const other = sql.ref(`${relation.table}.${relation.column}`);
  const linked = sql`${link}.resource_id = resources.id`;
  if (leaf.operator === 'is_set') {
    const exists = sql<SqlBool>`exists (select 1 from ${link} where ${linked})`;
    return leaf.value ? exists : eb.not(exists);
  }
  const values = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
  return sql<SqlBool>`exists (select 1 from ${link} where ${linked} and ${other} in (${sql.join(values)}))`;
}

/** `ORDER BY` terms for a sort; the id breaks ties so pages never overlap or skip rows. */
export function resourceOrderBy(sort: ResourceSort | undefined): ReturnType<typeof sql>[] {
  const direction = sql.raw(sort?.order === 'asc' ? 'asc' : 'desc');
  if (!sort) return [sql`resources.created_at desc`, sql`resources.id desc`];
  const terms = [sql`${sql.raw(orderColumn(sort.column))} ${direction}`];
  if (sort.tieBreaker) {
    const tieDirection = sql.raw(sort.tieBreaker.order === 'asc' ? 'asc' : 'desc');
    terms.push(sql`${sql.raw(orderColumn(sort.tieBreaker.column))} ${tieDirection}`);
  }
  return [...terms, sql`resources.id ${direction}`];
}

function orderColumn(column: ResourceSort['column']): string {
  return SORT_COLUMNS[column] ?? `resources.${column}`;
}

// Sorting by title uses the lower-cased copy, so "apple" and "Banana" sort as people expect.
const SORT_COLUMNS: Record<string, string> = {
  title: 'resources.title_lower',
  total_usage: '(resources.external_usage + resources.internal_usage)',
};

function likeExpression(operator: 'like' | 'ilike', ref: Expression<unknown>, pattern: string) {
  return sql<SqlBool>`${ref} ${sql.raw(operator)} ${pattern} escape '!'`;
}

function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, '!$&');
}

/** Booleans are 0/1 in both backends. */
function toColumnValue(value: LeafValue): string | number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

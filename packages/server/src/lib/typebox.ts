import Type, { type TLiteral, type TSchema, type TSchemaOptions, type TUnion } from 'typebox';

/*
 * Schema helpers for every floor: a domain folder that defines the schema of its answer (`XSchema`, its type
 * `Static<typeof XSchema>`) needs them without importing api/.
 */

/** `T | null`, as JSON null (never the string "None"). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

type Literals<T extends readonly string[]> = T extends readonly [
  infer First extends string,
  ...infer Rest extends readonly string[],
]
  ? [TLiteral<First>, ...Literals<Rest>]
  : [];

/** One of the listed strings, as `anyOf` literals: an enum defined once as a list (`ROLES`) becomes its schema. */
export function LiteralUnion<const T extends readonly string[]>(
  values: T,
  options?: TSchemaOptions,
): TUnion<Literals<T>> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as unknown as TUnion<Literals<T>>;
}

import type { ImportPolicy } from '../store/schema.js';

/**
 * The properties an integration sends that users may also edit in the catalog. Their source and user values are
 * stored apart (`source_values`, `user_values`); the effective column is derived by {@link computeEffectiveValues}.
 * Everything else a source sends (title, types, names) is structural and always the source's.
 */
export const SOURCE_EDITABLE_PROPERTIES = ['description', 'definition', 'owners'] as const;
export type SourceEditableProperty = (typeof SOURCE_EDITABLE_PROPERTIES)[number];

/** Property name → value (strings, string arrays, ...), as stored in the JSON columns. */
export type PropertyValues = Record<string, unknown>;

export interface EffectiveValuesInput {
  policy: ImportPolicy;
  /** What the integration sent last (`source_values`). */
  source: PropertyValues;
  /** What users set in the catalog (`user_values`); a key present means "the user edited this property". */
  user: PropertyValues;
  /** The effective values before this change (the resource's current columns), so that nothing is emptied. */
  previous: PropertyValues;
}

/**
 * Decides every property's effective value from its source value, its user value and the previous effective value,
 * for one import policy (compat §5):
 * - `smart`: the source's value until a user edits the property, then the user's;
 * - `always`: the source's value whenever it sends one, else the user's;
 * - `never`: the user's value; without one, the value the property already has (the source only fills blanks).
 * In every policy an empty source value (null, blank text, empty list) never overwrites a value.
 * Pure: the sync engine and the catalog's PATCH routes both call it, so both agree.
 */
export function computeEffectiveValues(input: EffectiveValuesInput): PropertyValues {
  const keys = new Set([
    ...Object.keys(input.source),
    ...Object.keys(input.user),
    ...Object.keys(input.previous),
  ]);
  const result: PropertyValues = {};
  for (const key of keys) {
    result[key] = effectiveValueOf(input.policy, {
      source: input.source[key],
      hasUser: Object.hasOwn(input.user, key),
      user: input.user[key],
      previous: input.previous[key],
    });
  }
  return result;
}

function effectiveValueOf(
  policy: ImportPolicy,
  value: { source: unknown; hasUser: boolean; user: unknown; previous: unknown },
): unknown {
  const sourceOrPrevious = isEmptyValue(value.source) ? value.previous : value.source;
  switch (policy) {
    case 'always':
      if (!isEmptyValue(value.source)) return value.source;
      return value.hasUser ? value.user : value.previous;
    case 'never':
      if (value.hasUser) return value.user;
      return isEmptyValue(value.previous) ? sourceOrPrevious : value.previous;
    default:
      return value.hasUser ? value.user : sourceOrPrevious;
  }
}

/** Null, undefined, blank text and empty lists count as "no value": they never overwrite one. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

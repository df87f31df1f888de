import { InputError } from '../errors/index.js';

const NUL = '\u0000';

/**
 * Where a NUL character (\u0000) sits in a parsed value, as a dotted path under `root` (`body.members.1`; with an
 * empty root `members.1`), or undefined when there is none; a key holding one is reported at its object's path.
 * PostgreSQL text cannot hold NUL, so the API's edge (api/plugins/text-input.ts) and every import
 * (sync/prepared-record.ts) refuse it. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findNulField(value: unknown, root: string): string | undefined {
  // The common answer, "none", without allocating: a million-record import calls this once per record.
  if (hasNoNul(value, 0)) return undefined;
  const pending: Array<{ value: unknown; path: string }> = [{ value, path: root }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: item, path } = next;
    if (typeof item === 'string') {
      if (item.includes(NUL)) return path;
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--)
        pending.push({ value: item[i], path: join(path, String(i)) });
    } else if (typeof item === 'object' && item !== null) {
      const entries = Object.entries(item);
      if (entries.some(([key]) => key.includes(NUL))) return path;
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        pending.push({ value: child, path: join(path, key) });
      }
    }
  }
  return undefined;
}

function join(root: string, key: string): string {
  return root === '' ? key : `${root}.${key}`;
}

const FAST_DEPTH = 32;

/** True when surely no string or key under `value` holds NUL; false when one does or nesting is deeper. */
function hasNoNul(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return !value.includes(NUL);
  if (typeof value !== 'object' || value === null) return true;
  if (depth === FAST_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!hasNoNul(item, depth + 1)) return false;
    return true;
  }
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key.includes(NUL) || !hasNoNul((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** Throws 400 `invalid_text` naming the field when a request string holds a NUL character. */
export function assertWithoutNul(value: unknown, root: string): void {
  const field = findNulField(value, root);
  if (field === undefined) return;
  throw new InputError(
    'invalid_text',
    `${field} contains a NUL character (\\u0000), which text cannot hold; remove it`,
    { field },
  );
}

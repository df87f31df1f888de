/** Parses a JSON text column; a corrupt value yields the fallback instead of failing a whole read. */
export function parseJsonColumn<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** 0/1 integer column to boolean. */
export function toBool(value: number | boolean | null | undefined): boolean {
  return value === 1 || value === true;
}

/** Column types shared by every table file (schema.ts and each folder's *-tables.ts), kept apart so they import no schema. */

/** Booleans are 0/1 integers on both backends. */
export type Bool = 0 | 1;

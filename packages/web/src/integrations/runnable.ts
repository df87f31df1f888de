/**
 * Whether the server can run an integration of this type itself (run now, schedule). Today only uploaded
 * marketplace integrations (`marketplace:<id>`) have a runner; CSV, JSONL, dbt and SDK integrations are pushed to.
 */
export function isRunnableType(type: string): boolean {
  return type.startsWith('marketplace:');
}

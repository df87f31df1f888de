import Type, { type Static } from 'typebox';

const Count = Type.Integer({ minimum: 0 });

/** The counts of a sync, or of the diff a dry run would apply. */
export const SyncCountsSchema = Type.Object({
  created: Count,
  updated: Count,
  unchanged: Count,
  staled: Count,
  revived: Count,
  lineage_resolved: Count,
  lineage_pending: Count,
  lineage_rejected: Count,
});

/** The server's answer to a JSONL import: one sync of the integration (or the diff it would make). */
export const SyncRecordSchema = Type.Object({
  id: Type.String(),
  status: Type.Enum(['running', 'succeeded', 'failed']),
  dry_run: Type.Boolean(),
  counts: SyncCountsSchema,
  warnings: Type.Array(Type.Unknown()),
  error: Type.Union([
    Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
    Type.Null(),
  ]),
});

export type SyncCounts = Static<typeof SyncCountsSchema>;
export type SyncRecord = Static<typeof SyncRecordSchema>;

/** Describes a sync record in a few lines: the counts on a push, the would-be diff on a dry run. */
export function formatSyncRecord(sync: SyncRecord): string {
  const c = sync.counts;
  const lineage = `lineage: ${c.lineage_resolved} resolved, ${c.lineage_pending} pending, ${c.lineage_rejected} rejected`;
  const lines = sync.dry_run
    ? [
        `dry run ${sync.id}, nothing was changed; the sync would:`,
        `  create ${c.created}, update ${c.updated}, leave ${c.unchanged} unchanged, stale ${c.staled}, revive ${c.revived}`,
        `  ${lineage}`,
      ]
    : [
        `sync ${sync.id} ${sync.status}:`,
        `  created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, staled ${c.staled}, revived ${c.revived}`,
        `  ${lineage}`,
      ];
  if (sync.error) lines.push(`  error ${sync.error.code}: ${sync.error.message}`);
  for (const warning of sync.warnings) lines.push(`  warning: ${describeWarning(warning)}`);
  return lines.join('\n');
}

/** The server's warnings are `{file?, line?, field?, message}`; anything else is shown as JSON. */
function describeWarning(warning: unknown): string {
  if (typeof warning === 'string') return warning;
  const { file, line, field, message } = (warning ?? {}) as Record<string, unknown>;
  if (typeof message !== 'string') return JSON.stringify(warning);
  const where = [
    typeof file === 'string' ? `${file}${typeof line === 'number' ? ` line ${line}` : ''}` : undefined,
    typeof field === 'string' ? `field "${field}"` : undefined,
  ].filter((part) => part !== undefined);
  return where.length === 0 ? message : `${where.join(', ')}: ${message}`;
}

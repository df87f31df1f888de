import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { DbtArtifactsTable } from './dbt-tables.js';

export type DbtArtifactRow = Selectable<DbtArtifactsTable>;

/** Replaces the stored artifacts of the kinds given (the other kinds stay), in the caller's transaction. */
export async function saveDbtArtifacts(db: Kysely<Database>, rows: DbtArtifactRow[]): Promise<void> {
  const dbt = db;
  for (const row of rows) {
    await dbt
      .deleteFrom('dbt_artifacts')
      .where('integration_id', '=', row.integration_id)
      .where('kind', '=', row.kind)
      .execute();
    await dbt.insertInto('dbt_artifacts').values(row).execute();
  }
}

/** Forgets a stored artifact kind (an upload without the optional catalog drops the older catalog). */
export async function deleteDbtArtifact(
  db: Kysely<Database>,
  integrationId: string,
  kind: string,
): Promise<void> {
  await db
    .deleteFrom('dbt_artifacts')
    .where('integration_id', '=', integrationId)
    .where('kind', '=', kind)
    .execute();
}

/** The stored artifacts of an integration, keyed by kind. */
export async function findDbtArtifacts(
  db: Kysely<Database>,
  integrationId: string,
): Promise<Map<string, DbtArtifactRow>> {
  const rows = await db
    .selectFrom('dbt_artifacts')
    .selectAll()
    .where('integration_id', '=', integrationId)
    .execute();
  return new Map(rows.map((row) => [row.kind, row]));
}

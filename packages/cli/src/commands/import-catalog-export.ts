import {
  type CatalogImportCounts,
  ConflictError,
  catalogExportFormatOf,
  findFirstAdmin,
  InputError,
  importCatalogFile,
  openStore,
  prepareCatalog,
} from '@sextant/server';
import { UserError } from '../run-cli.js';
import { configFromFlags, type DatabaseFlags } from './database-options.js';

/** True when the file is a `sextant export` (JSONL, or CSV with the export's columns). */
export function isCatalogExport(file: string): boolean {
  return catalogExportFormatOf(file) !== undefined;
}

/** Imports a catalog export into the (empty) catalog of `--database`, creating that catalog when it is new. */
export async function importCatalogExport(file: string, flags: DatabaseFlags): Promise<void> {
  const config = configFromFlags(flags);
  const boot = await prepareCatalog(config);
  if (boot?.passwordFile)
    process.stderr.write(
      `created a new catalog; its admin (${boot.adminEmail}) password is in ${boot.passwordFile}\n`,
    );
  const store = await openStore({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    const admin = await findFirstAdmin(store.db);
    if (!admin) throw new UserError('the catalog has no admin; run `sextant serve` once first');
    const counts = await importCatalogFile(store, admin.workspace_id, { path: file, name: file });
    process.stdout.write(summaryOf(counts));
  } catch (error) {
    if (error instanceof InputError || error instanceof ConflictError) throw new UserError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

function summaryOf(counts: CatalogImportCounts): string {
  return (
    `imported ${counts.resources} resources, ${counts.lineage} lineage edges, ${counts.tags} tags, ` +
    `${counts.custom_properties} custom properties, ${counts.integrations} integrations, ` +
    `${counts.history} collections, sync records, API keys and audit entries ` +
    `(${counts.users_created} users created without a password)\n`
  );
}

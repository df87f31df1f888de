import type { AuthContext } from '../auth/authenticate.js';
import { createSecretBox, loadOrCreateSecretKey } from '../auth/secret-box.js';
import type { Config } from '../config.js';
import { SextantError } from '../errors/index.js';
import { findFirstAdmin } from '../store/accounts/index.js';
import { openStore, type Store } from '../store/database.js';
import { loadDemoCatalog } from './load-demo.js';

export interface DemoAtStart {
  loaded: boolean;
  /** One line for the console: what was loaded, or why not. */
  message: string;
}

/**
 * `sextant serve --demo`: loads the demo catalog into the first admin's workspace, as that admin. A workspace
 * with integrations of its own is left alone (the message says so); anything else wrong is thrown. Opens its own
 * store when none is given (the primary of a multi-process server has none).
 */
export async function loadDemoAtStart(options: {
  config: Config;
  store?: Store | undefined;
}): Promise<DemoAtStart> {
  const store =
    options.store ??
    (await openStore({ databaseUrl: options.config.databaseUrl, sqliteFile: options.config.sqliteFile }));
  try {
    const admin = await findFirstAdmin(store.db);
    if (!admin) return { loaded: false, message: 'demo not loaded: the catalog has no admin yet' };
    const auth: AuthContext = {
      workspaceId: admin.workspace_id,
      userId: admin.id,
      role: 'admin',
      via: 'session',
      apiKeyId: null,
    };
    const secrets = createSecretBox(loadOrCreateSecretKey(options.config));
    const result = await loadDemoCatalog({ store, secrets }, { auth });
    const created = result.syncs.reduce((sum, sync) => sum + sync.counts.created, 0);
    return {
      loaded: true,
      message:
        created > 0
          ? `demo catalog loaded: ${result.integrations.map((i) => `"${i.name}"`).join(' and ')}, ${created} resources`
          : 'demo catalog already loaded (unchanged)',
    };
  } catch (error) {
    if (error instanceof SextantError && error.code === 'catalog_not_empty')
      return { loaded: false, message: `demo not loaded: ${error.message}` };
    throw error;
  } finally {
    if (!options.store) await store.close();
  }
}

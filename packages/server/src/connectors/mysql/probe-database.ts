import { isPrivilegeError } from './classify-mysql-error.js';
import type { MysqlSession } from './mysql-session.js';

export type DatabaseAccess = 'readable' | 'denied' | 'missing';

/**
 * Whether the user may read a database. `SHOW TABLES FROM` fails with ER_BAD_DB_ERROR when it does not exist
 * and ER_DBACCESS_DENIED_ERROR when the user has no privilege in it (a user with the global SHOW DATABASES
 * privilege sees such databases listed); for the others it costs nothing (`LIKE ''` matches no table).
 * Other errors (the connection lost ...) are thrown.
 */
export async function probeDatabase(session: MysqlSession, database: string): Promise<DatabaseAccess> {
  try {
    await session.rows(`SHOW TABLES FROM \`${database.replaceAll('`', '``')}\` LIKE ''`);
    return 'readable';
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ER_BAD_DB_ERROR') return 'missing';
    if (isPrivilegeError(error)) return 'denied';
    throw error;
  }
}

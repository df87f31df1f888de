import { ConflictError } from '../errors/index.js';
import { isUniqueViolation } from '../store/catalog/index.js';

/**
 * Runs a write and turns the unique-name violation into 409. Checked by the database, not by a read first, so two
 * concurrent creates cannot both win; the transaction has already rolled back when the error arrives here.
 */
export async function withDuplicateNameAsConflict<T>(
  name: string | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError('already_exists', `the name "${name}" is already used in this workspace`, {
        name,
      });
    }
    throw error;
  }
}

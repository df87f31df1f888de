export {
  formatTableName,
  type NameContext,
  normalizeAlias,
  normalizeColumnName,
  qualifyTableName,
  qualifyUserTableName,
} from './qualify-table.js';
export { SchemaIndex } from './schema-index.js';

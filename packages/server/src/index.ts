export { buildApp } from './api/app.js';
export type { App, AppContext } from './api/context.js';
export { bootstrapIfEmpty } from './auth/bootstrap.js';
export { isRole, ROLES } from './auth/roles.js';
export { createSecretBox, loadOrCreateSecretKey } from './auth/secret-box.js';
export { generateApiKey } from './auth/tokens.js';
export { type Config, loadConfig } from './config.js';
export {
  type Connector,
  credentialsFromUrl,
  findConnector,
  listConnectors,
} from './connectors/index.js';
export { type DemoAtStart, loadDemoAtStart } from './demo/index.js';
export * from './errors/index.js';
export * from './imports/index.js';
export { type JobRunner, type RunnerContext, registerRunner, startJobWorker } from './jobs/index.js';
export * from './mcp/index.js';
export { serveClusterMetrics } from './ops/index.js';
export { prepareCatalog, type RunningServer, startServer } from './server.js';
export { createApiKey, findFirstAdmin, findUserByEmail } from './store/accounts/index.js';
export { migrateToLatest, openStore, type Store } from './store/database.js';
export {
  BackupRefusedError,
  backupSqliteDatabase,
  type CatalogFileInfo,
  inspectCatalogFile,
  restoreSqliteDatabase,
} from './store/ops/index.js';
export type { Role } from './store/schema.js';
export * from './sync/index.js';
export * from './transfer/index.js';

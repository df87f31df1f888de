import type { Connector } from './connector.js';
import { mysqlConnector } from './mysql/index.js';
import { postgresConnector } from './postgres/index.js';

/**
 * The connectors every server and the CLI have, in the order `GET /api/v1/integration/connectors` lists them.
 * Each connector lives in its own folder (`postgres/`, `mysql/`) and is added here by one line.
 */
// biome-ignore lint/suspicious/noExplicitAny: each connector has its own credentials type
export const BUILTIN_CONNECTORS: Connector<any>[] = [postgresConnector, mysqlConnector];

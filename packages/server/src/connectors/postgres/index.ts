export { postgresConnector } from './postgres-connector.js';

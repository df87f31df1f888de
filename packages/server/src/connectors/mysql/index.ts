export { mysqlConnector } from './mysql-connector.js';

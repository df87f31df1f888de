export * from './slack-client.js';
export * from './slack-connection.js';
export * from './slack-credentials.js';

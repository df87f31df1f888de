export * from './local-http-server.js';

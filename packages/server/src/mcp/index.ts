export * from './catalog-mcp-server.js';

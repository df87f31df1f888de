/**
 * The SDK as an uploaded integration sees it when the catalog runs it in its sandbox: the model, the
 * Integration base class and the http types, without the outputs (they write files or call a server) and
 * without direct network access. The server's bundler resolves `@sextant/sdk` to this entry and gives the
 * integration a network that hands each plain-data request to the host.
 */
export * from './integration.js';
export * from './model/index.js';
export * from './network/http-request.js';
export * from './network/http-response.js';
export * from './network/network.js';
export type { Output, OutputReport, RunRecords } from './output/output.js';
export { countRecords, formatRunSummary } from './run-summary.js';

export * from './http-request.js';
export * from './http-response.js';
export * from './network.js';
export * from './node-network.js';
export * from './redirects.js';
export * from './retry-policy.js';

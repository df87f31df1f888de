import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import type { App } from '../context.js';

/**
 * Response compression: gzip/deflate/brotli as the client accepts, for compressible types only (JSON, HTML, JS,
 * CSS, text; never images or archives, which are compressed already) and bodies of 1 KiB or more, where the
 * saving outweighs the cost. Brotli at quality 4: its default (11) costs far more CPU than a dynamic answer is
 * worth. Request bodies are not decompressed: upload limits count the bytes as sent. Registered before the UI's
 * static files, as the plugin requires.
 */
export async function registerCompression(app: App): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip', 'deflate'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

/**
 * CORS for a browser client on another origin (`SEXTANT_CORS_ORIGINS`), off when the list is empty. Exact origins
 * only; no credentials: such a client sends an API key as a bearer, never the session cookie. Registered before
 * the auth hook so that a preflight (which carries no credentials) is answered before authentication.
 */
export async function registerCors(app: App, origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await app.register(fastifyCors, {
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    exposedHeaders: ['Retry-After', 'Content-Disposition'],
    credentials: false,
    maxAge: 600,
  });
}

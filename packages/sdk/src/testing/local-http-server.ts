import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Answers one request of a {@link LocalHttpServer}. */
export type LocalHttpHandler = (
  request: http.IncomingMessage,
  response: http.ServerResponse,
) => void | Promise<void>;

/** A real HTTP server on 127.0.0.1 and a free port, for testing integrations against a fake source. */
export interface LocalHttpServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts a {@link LocalHttpServer}. A handler that throws answers 500 with the error message, so a broken
 * fake shows up in the integration's output instead of hanging the request.
 */
export async function startLocalHttpServer(handler: LocalHttpHandler): Promise<LocalHttpServer> {
  const server = http.createServer((request, response) => {
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        if (!response.headersSent)
          sendJson(response, 500, { error: { code: 'fake_server_error', message: String(error) } });
        else response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Reads a request's whole body. */
export async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Answers with a JSON body. */
export function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import Type from 'typebox';
import { InputError } from '../../errors/index.js';
import { createCatalogMcpServer } from '../../mcp/index.js';
import type { App, AppContext } from '../context.js';
import { ERROR_RESPONSES } from '../schemas/common.js';

const VERSION = '0.1.0';

/**
 * `POST /mcp`: the MCP server for AI assistants over streamable HTTP (docs/mcp.md), stateless: each request gets
 * a fresh server whose tools call this app's API with the request's own credentials, so they never see more than
 * the key's role and workspace would through the API.
 */
export function registerMcpRoutes(app: App, _ctx: AppContext): void {
  app.post(
    '/mcp',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['mcp'],
        operationId: 'mcp',
        summary: 'Model Context Protocol (streamable HTTP, JSON-RPC): catalog tools for AI assistants',
        body: Type.Unknown({ description: 'a JSON-RPC 2.0 message or batch' }),
        response: {
          200: Type.Unknown({ description: 'a JSON-RPC 2.0 response' }),
          202: Type.Null({ description: 'accepted (a notification)' }),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      if (!isJsonRpc(request.body))
        throw new InputError(
          'invalid_request',
          'the body must be a JSON-RPC 2.0 message (or a batch of them)',
        );
      const accept = String(request.headers.accept ?? '');
      if (!accept.includes('application/json') || !accept.includes('text/event-stream'))
        throw new InputError(
          'invalid_request',
          'MCP clients accept both application/json and text/event-stream (send that Accept header)',
        );
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'cookie'] as const) {
        const value = request.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const server = createCatalogMcpServer(
        async (path) => {
          const answer = await app.inject({ method: 'GET', url: path, headers });
          let body: unknown;
          try {
            body = answer.json();
          } catch {
            body = undefined;
          }
          return { status: answer.statusCode, body };
        },
        { version: VERSION },
      );
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: undefined,
        enableJsonResponse: true,
      });
      reply.hijack();
      reply.raw.on('close', () => {
        void transport.close();
        void server.close();
      });
      try {
        await server.connect(transport);
        await transport.handleRequest(request.raw, reply.raw, request.body);
      } catch (error) {
        request.log.error({ err: error }, 'MCP request failed');
        if (!reply.raw.headersSent) {
          reply.raw.writeHead(400, { 'content-type': 'application/json' });
          reply.raw.end(
            JSON.stringify({
              error: { code: 'invalid_request', message: 'the MCP request could not be handled' },
            }),
          );
        }
      }
    },
  );
}

function isJsonRpc(body: unknown): boolean {
  const messages = Array.isArray(body) ? body : [body];
  return (
    messages.length > 0 &&
    messages.every(
      (m) =>
        m !== null &&
        typeof m === 'object' &&
        !Array.isArray(m) &&
        (m as { jsonrpc?: unknown }).jsonrpc === '2.0',
    )
  );
}

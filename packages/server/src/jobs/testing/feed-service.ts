import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local fake service for the feed runner: counts requests; answers the current body, or hangs when told to. */
export interface FeedService {
  url: string;
  requests: number;
  /** Array of records to answer, or `hang` (never answers), or an HTTP status to fail with. */
  answer: unknown[] | 'hang' | number;
  /** While set, requests wait for it before they are answered (a run that the test lets finish). */
  gate: Promise<void> | undefined;
  close(): Promise<void>;
}

export async function startFeedService(answer: FeedService['answer'] = []): Promise<FeedService> {
  const hanging = new Set<import('node:http').ServerResponse>();
  const service: FeedService = { url: '', requests: 0, answer, gate: undefined, close: async () => {} };
  const server: Server = createServer(async (_request, response) => {
    service.requests++;
    await service.gate;
    const current = service.answer;
    if (current === 'hang') {
      hanging.add(response);
      return;
    }
    if (typeof current === 'number') {
      response.writeHead(current).end('no');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(current));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  service.close = async () => {
    for (const response of hanging) response.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return service;
}

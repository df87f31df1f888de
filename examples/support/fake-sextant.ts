import { type LocalHttpServer, readBody, sendJson, startLocalHttpServer } from '@sextant/sdk/testing';

/** One upload the fake import route received, with its multipart files parsed. */
export interface ReceivedUpload {
  url: string;
  authorization: string | undefined;
  files: Record<string, { filename: string; lines: unknown[] }>;
}

/**
 * A stand-in for the Sextant server's JSONL import route (`POST
 * /api/v1/integration/integrations/{id}/import_jsonl_metadata`). It checks the bearer key, parses the
 * multipart body with the platform's parser and answers a sync record counting every resource as created.
 * Not the real sync engine: the end-to-end test against the real server belongs to the server package.
 */
export async function startFakeSextant(options: { apiKey: string; integrationId: string }) {
  const uploads: ReceivedUpload[] = [];
  const route = `/api/v1/integration/integrations/${options.integrationId}/import_jsonl_metadata`;
  const server: LocalHttpServer = await startLocalHttpServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    if (request.headers.authorization !== `Bearer ${options.apiKey}`) {
      return sendJson(response, 401, { error: { code: 'invalid_api_key', message: 'bad key', details: {} } });
    }
    if (request.method !== 'POST' || url.pathname !== route) {
      return sendJson(response, 404, {
        error: { code: 'not_found', message: `no route ${url.pathname}`, details: {} },
      });
    }
    const form = await new Request('http://fake/', {
      method: 'POST',
      headers: { 'content-type': request.headers['content-type'] ?? '' },
      body: await readBody(request),
    }).formData();
    const files: ReceivedUpload['files'] = {};
    for (const [name, value] of form) {
      if (typeof value === 'string') continue;
      const lines = (await value.text())
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line));
      files[name] = { filename: value.name, lines };
    }
    uploads.push({ url: request.url!, authorization: request.headers.authorization, files });
    const dryRun = url.searchParams.get('dry_run') === 'true';
    const lineageCount = files.lineages_file?.lines.length ?? 0;
    sendJson(response, 200, {
      id: `sync-${uploads.length}`,
      status: 'succeeded',
      dry_run: dryRun,
      counts: {
        created: files.resources_file?.lines.length ?? 0,
        updated: 0,
        unchanged: 0,
        staled: 0,
        revived: 0,
        lineage_resolved: 0,
        lineage_pending: lineageCount,
        lineage_rejected: 0,
      },
      warnings: [],
      error: null,
    });
  });
  return { ...server, uploads };
}

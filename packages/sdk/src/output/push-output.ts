import { Compile } from 'typebox/compile';
import { DEFAULT_TIMEOUT_SECONDS } from '../network/http-request.js';
import type { Network, NetworkResponse } from '../network/network.js';
import { NodeNetwork } from '../network/node-network.js';
import { JSONL_FILE_NAMES } from './jsonl-files-output.js';
import { type Output, type OutputReport, type RunRecords, toJsonLines } from './output.js';
import { formatSyncRecord, type SyncRecord, SyncRecordSchema } from './sync-record.js';

const syncRecordValidator = Compile(SyncRecordSchema);

/** Where and how to push a run. */
export interface PushOutputOptions {
  /** Base URL of the Sextant server, e.g. `http://localhost:5000`. */
  server: string;
  integrationId: string;
  apiKey: string;
  /** Ask for the diff the sync would make, without applying it. */
  dryRun?: boolean;
  network?: Network;
  timeoutSeconds?: number;
}

/** The server refused the upload or answered something that is not a sync record. */
export class PushError extends Error {
  override name = 'PushError';
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Uploads the run to `POST /api/v1/integration/integrations/{id}/import_jsonl_metadata` as the two JSONL
 * files of the import, so a pushed run and an uploaded file are the same sync. `lineages_file` is always
 * sent, empty when the run declared no lineage, because the run is the integration's whole lineage.
 */
export class PushOutput implements Output {
  readonly #network: Network;

  constructor(private readonly options: PushOutputOptions) {
    this.#network = options.network ?? new NodeNetwork();
  }

  /** The import URL this output posts to. */
  get url(): string {
    const base = this.options.server.replace(/\/+$/, '');
    const query = this.options.dryRun ? '?dry_run=true' : '';
    return `${base}/api/v1/integration/integrations/${encodeURIComponent(this.options.integrationId)}/import_jsonl_metadata${query}`;
  }

  async write(records: RunRecords): Promise<OutputReport> {
    const { body, contentType } = await encodeMultipart(records);
    const response = await this.#network.send({
      method: 'POST',
      url: this.url,
      headers: {
        Authorization: `Bearer ${this.options.apiKey}`,
        'Content-Type': contentType,
        Accept: 'application/json',
      },
      body,
      timeoutMs: (this.options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
      followRedirects: false,
      verify: true,
    });
    const sync = parseSyncRecord(response, this.url);
    return { description: formatSyncRecord(sync), sync };
  }
}

/** Encodes the two files as multipart/form-data with the platform's own encoder (FormData + Response). */
async function encodeMultipart(records: RunRecords): Promise<{ body: Uint8Array; contentType: string }> {
  const form = new FormData();
  const file = (text: string) => new Blob([text], { type: 'application/x-ndjson' });
  form.append('resources_file', file(toJsonLines(records.resources)), JSONL_FILE_NAMES.resources);
  form.append('lineages_file', file(toJsonLines(records.lineages)), JSONL_FILE_NAMES.lineages);
  const encoded = new Response(form);
  const contentType = encoded.headers.get('content-type');
  if (!contentType) throw new Error('FormData encoding gave no content type');
  return { body: new Uint8Array(await encoded.arrayBuffer()), contentType };
}

function parseSyncRecord(response: NetworkResponse, url: string): SyncRecord {
  const text = new TextDecoder().decode(response.body);
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    const where = response.headers.location
      ? ` (redirect to ${response.headers.location}; check the server URL)`
      : '';
    throw new PushError(
      `POST ${url} answered ${response.status}${where}: ${text.slice(0, 200) || '(empty body)'}`,
      response.status,
    );
  }
  if (response.status < 200 || response.status >= 300) {
    const error = (answer as { error?: { code?: unknown; message?: unknown } }).error;
    const code = typeof error?.code === 'string' ? error.code : undefined;
    const message = typeof error?.message === 'string' ? error.message : text.slice(0, 200);
    throw new PushError(
      `the server refused the upload (${response.status}${code ? ` ${code}` : ''}): ${message}`,
      response.status,
      code,
    );
  }
  if (!syncRecordValidator.Check(answer)) {
    const first = syncRecordValidator.Errors(answer)[0];
    throw new PushError(
      `POST ${url} answered ${response.status} but not with a sync record (${first?.instancePath || '/'} ${first?.message})`,
      response.status,
    );
  }
  return answer;
}

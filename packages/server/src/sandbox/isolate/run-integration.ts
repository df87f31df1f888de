/**
 * Runs the uploaded integration inside the isolate: the same convention as `sextant run` (default export
 * is an Integration subclass or an instance), with the host's network and an output that hands the
 * validated records to the host in batches.
 */
import {
  formatValidationProblems,
  type Network,
  NetworkError,
  type NetworkRequest,
  type NetworkResponse,
  type Output,
  type OutputReport,
  type RunRecords,
  type RunResult,
  type StartOptions,
} from '@sextant/sdk/sandbox';
import { host } from './host.js';

const BATCH = 500;

/** What the isolate tells the host when the run is over; plain data. */
export interface IsolateOutcome {
  ok: boolean;
  resources: number;
  lineages: number;
  /** `error`: extract() threw; `problems`: records failed validation and none were handed on. */
  failure?: 'error' | 'problems';
  /** Why the run failed. */
  message?: string;
  /** The thrown error's stack (positions in the bundle), for the host to point into the upload. */
  stack?: string;
}

interface Runnable {
  start(options: StartOptions<object>): Promise<RunResult>;
}

class HostNetwork implements Network {
  async send(request: NetworkRequest): Promise<NetworkResponse> {
    const result = await host.http(request);
    if (!result.ok) throw new NetworkError(request, result.message);
    return { status: result.status, headers: result.headers, body: result.body, url: result.url };
  }
}

class HostOutput implements Output {
  async write(records: RunRecords): Promise<OutputReport> {
    for (let start = 0; start < records.resources.length; start += BATCH)
      host.records('resource', records.resources.slice(start, start + BATCH));
    for (let start = 0; start < records.lineages.length; start += BATCH)
      host.records('lineage', records.lineages.slice(start, start + BATCH));
    return {
      description: `handed ${records.resources.length} resources and ${records.lineages.length} lineage declarations to the catalog`,
    };
  }
}

export async function runIntegration(
  exported: unknown,
  credentials: Record<string, string>,
): Promise<IsolateOutcome> {
  const integration = toRunnable(exported);
  const result = await integration.start({
    credentials,
    network: new HostNetwork(),
    output: new HostOutput(),
    stderr: { write: (text: string) => host.log('info', text.replace(/\n$/, '')) },
    setExitCode: false,
  });
  const counts = { resources: result.resources.length, lineages: result.lineages.length };
  if (result.ok) return { ok: true, ...counts };
  const failure = result.error === undefined && result.problems.length > 0 ? 'problems' : 'error';
  const stack = result.error instanceof Error ? result.error.stack : undefined;
  return { ok: false, ...counts, failure, message: describeFailure(result), ...(stack ? { stack } : {}) };
}

function toRunnable(exported: unknown): Runnable {
  const expectation = 'the file must `export default` an Integration subclass (or an instance of one)';
  if (exported === undefined || exported === null) throw new Error(`no default export: ${expectation}`);
  const candidate = typeof exported === 'function' ? new (exported as new () => unknown)() : exported;
  if (typeof (candidate as Runnable | null)?.start !== 'function') {
    throw new Error(`the default export has no start() method: ${expectation}`);
  }
  return candidate as Runnable;
}

function describeFailure(result: RunResult): string {
  if (result.error !== undefined) {
    const error = result.error;
    return error instanceof Error
      ? `extract() failed: ${error.message}`
      : `extract() failed: ${String(error)}`;
  }
  return `${result.problems.length} invalid records, nothing was written:\n${formatValidationProblems(result.problems, { limit: 20 })}`;
}

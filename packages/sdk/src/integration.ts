import { checkRecordSet } from './model/check-record-set.js';
import type { DeclaredLineage } from './model/lineage.js';
import type { ValidationProblem } from './model/problems.js';
import type { Resource } from './model/resource.js';
import { validateLineage, validateResource } from './model/validate.js';
import { buildNetworkRequest, type HttpRequestOptions } from './network/http-request.js';
import { HttpResponse } from './network/http-response.js';
import type { HttpMethod, Network } from './network/network.js';
import { NodeNetwork } from './network/node-network.js';
import { retryDelayMs } from './network/retry-policy.js';
import type { Output, OutputReport } from './output/output.js';
import { StdoutOutput } from './output/stdout-output.js';
import { formatRunSummary } from './run-summary.js';

/** Credentials as the integration's connection form (or `--credentials`) gives them. */
export type Credentials = Record<string, string>;

/** How to run: where records go, how the network is reached, where the summary is printed. */
export interface StartOptions<C extends object = Credentials> {
  /** Replaces the credentials given to the constructor. */
  credentials?: C;
  /** Default: one JSON line per record on stdout. */
  output?: Output;
  network?: Network;
  /** Where the summary goes; default `process.stderr`. */
  stderr?: { write(text: string): unknown };
  /** Set `process.exitCode = 1` when the run fails; default true. The CLI turns it off and decides itself. */
  setExitCode?: boolean;
}

/** The outcome of {@link Integration.start}. */
export interface RunResult {
  ok: boolean;
  resources: Resource[];
  lineages: DeclaredLineage[];
  /** Invalid records; when there are any, nothing was written. */
  problems: ValidationProblem[];
  warnings: ValidationProblem[];
  /** What `extract()` or the output threw. */
  error?: unknown;
  output?: OutputReport;
}

/**
 * Base class of an integration: subclass it, implement {@link extract} with `this.http*` calls and
 * `declareResource` / `declareLineage`, then call {@link start} (or `sextant run FILE.ts`).
 */
export abstract class Integration<C extends object = Credentials> {
  /** The connection form's values, e.g. `{ username, password }`. */
  credentials: C;
  protected network: Network;
  #resources: Resource[] = [];
  #lineages: DeclaredLineage[] = [];

  constructor(options: { credentials?: C; network?: Network } = {}) {
    this.credentials = options.credentials ?? ({} as C);
    this.network = options.network ?? new NodeNetwork();
  }

  /** Reads the source and declares its resources and lineage. */
  abstract extract(): void | Promise<void>;

  /** Declares one resource of this run; validated by {@link start}, which names it by its 1-based position. */
  declareResource(resource: Resource): void {
    this.#resources.push({ ...resource });
  }

  /** Declares one lineage edge of this run. */
  declareLineage(lineage: DeclaredLineage): void {
    this.#lineages.push({ ...lineage });
  }

  /** The value of a credential, or an error saying how to provide it. */
  requireCredential(name: keyof C & string): string {
    const value = (this.credentials as Record<string, unknown>)[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(
        `credential "${name}" is missing; pass it with --credentials FILE.json or --credentials-env PREFIX_`,
      );
    }
    return String(value);
  }

  /** Sends GET `url` through this run's network; redirects are not followed unless asked. */
  httpGet(url: string, options?: HttpRequestOptions): Promise<HttpResponse> {
    return this.#request('GET', url, options);
  }

  /** Sends POST `url` through this run's network; redirects are not followed unless asked. */
  httpPost(url: string, options?: HttpRequestOptions): Promise<HttpResponse> {
    return this.#request('POST', url, options);
  }

  /** Sends PUT `url` through this run's network; redirects are not followed unless asked. */
  httpPut(url: string, options?: HttpRequestOptions): Promise<HttpResponse> {
    return this.#request('PUT', url, options);
  }

  /** Sends PATCH `url` through this run's network; redirects are not followed unless asked. */
  httpPatch(url: string, options?: HttpRequestOptions): Promise<HttpResponse> {
    return this.#request('PATCH', url, options);
  }

  /** Sends DELETE `url` through this run's network; redirects are not followed unless asked. */
  httpDelete(url: string, options?: HttpRequestOptions): Promise<HttpResponse> {
    return this.#request('DELETE', url, options);
  }

  async #request(method: HttpMethod, url: string, options?: HttpRequestOptions): Promise<HttpResponse> {
    const request = buildNetworkRequest(method, url, options);
    const retry = options?.retry;
    for (let attempt = 0; ; attempt++) {
      const response = await this.network.send(request);
      // The catalog's sandbox has no timers: there the first answer is the answer.
      const delay =
        retry === false || typeof setTimeout !== 'function'
          ? undefined
          : retryDelayMs(response.status, response.headers['retry-after'], attempt, retry);
      if (delay === undefined) return new HttpResponse(request, response);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /**
   * Runs {@link extract}, validates every record, writes them to the output when all are valid, and prints
   * a summary (counts, warnings, problems) on stderr. Never throws for a failed run: the result says why.
   */
  async start(options: StartOptions<C> = {}): Promise<RunResult> {
    if (options.credentials) this.credentials = options.credentials;
    if (options.network) this.network = options.network;
    const stderr = options.stderr ?? process.stderr;
    this.#resources = [];
    this.#lineages = [];
    const result = await this.#extractValidateWrite(options.output ?? new StdoutOutput(), stderr);
    if (!result.ok && options.setExitCode !== false) process.exitCode = 1;
    return result;
  }

  async #extractValidateWrite(output: Output, stderr: { write(text: string): unknown }): Promise<RunResult> {
    const print = (text: string) => stderr.write(`${text}\n`);
    try {
      await this.extract();
    } catch (error) {
      print(
        `extract() failed after ${this.#resources.length} resources and ${this.#lineages.length} lineage declarations:`,
      );
      print(describeError(error));
      return this.#result({ ok: false, problems: [], warnings: [], error });
    }
    const { problems, warnings } = validateRecords(this.#resources, this.#lineages);
    print(formatRunSummary({ resources: this.#resources, lineages: this.#lineages, problems, warnings }));
    if (problems.length > 0) return this.#result({ ok: false, problems, warnings });
    try {
      const report = await output.write({ resources: this.#resources, lineages: this.#lineages });
      print(report.description);
      const ok = report.sync?.status !== 'failed';
      return this.#result({ ok, problems, warnings, output: report });
    } catch (error) {
      print(`writing the output failed: ${describeError(error)}`);
      return this.#result({ ok: false, problems, warnings, error });
    }
  }

  #result(outcome: Omit<RunResult, 'resources' | 'lineages'>): RunResult {
    return { ...outcome, resources: this.#resources, lineages: this.#lineages };
  }
}

/** Checks each record, then (when each is valid) the run as a whole. */
function validateRecords(resources: Resource[], lineages: DeclaredLineage[]) {
  const problems = [
    ...resources.flatMap((resource, offset) => validateResource(resource, { index: offset + 1 })),
    ...lineages.flatMap((lineage, offset) => validateLineage(lineage, { index: offset + 1 })),
  ];
  if (problems.length > 0) return { problems, warnings: [] };
  return checkRecordSet({ resources, lineages });
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The same class under the name Secoda's SDK uses, for code ported from Python. */
export { Integration as SecodaIntegration };

import {
  type Logger,
  LogLevel,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebClient,
} from '@slack/web-api';
import {
  RateLimitedError,
  type SextantError,
  UnavailableError,
  UnprocessableError,
} from '../errors/index.js';

/** A channel as the API answers it. */
export interface SlackChannel {
  id: string;
  name: string;
}

/** One Slack message: `text` is the notification/fallback text, `blocks` the rich layout. */
export interface SlackMessage {
  channel: string;
  text: string;
  blocks?: Array<Record<string, unknown>>;
}

export interface SlackClientOptions {
  /** Bot token (`xoxb-…`). Sent only in the Authorization header; never logged. */
  token: string;
  /** Slack Web API base URL (`SEXTANT_SLACK_API_URL`, default https://slack.com/api). */
  apiUrl: string;
  /** Longest wait honoured for one `Retry-After` (default 30 s): a longer one is cut to this. */
  maxRetryWaitMs?: number;
  /** Rate-limited answers (HTTP 429) tolerated for one call before giving up (default 5). */
  maxRateLimitRetries?: number;
  /** Retries of network failures and HTTP 5xx, with exponential backoff (default 4, from 500 ms to 8 s). */
  retry?: { retries: number; minTimeoutMs: number; maxTimeoutMs: number };
  /** How to wait out a 429 (injectable so tests do not sleep). */
  sleep?: (ms: number) => Promise<void>;
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number;
}

/** Slack's errors that mean the token itself is refused. */
const TOKEN_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'ekm_access_denied',
]);

const PAGE_SIZE = 200;
/** conversations.list pages followed at most (200 000 channels): a cursor loop must end. */
const MAX_PAGES = 1000;

/**
 * The two Slack Web API methods Sextant uses, on `@slack/web-api`'s client: its retry policy covers network
 * errors and 5xx; rate limits are handled here (the library would wait any `Retry-After` unbounded and
 * untestably), and Slack's `ok:false` answers become coded Sextant errors.
 */
export class SlackClient {
  private readonly web: WebClient;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly maxRetryWaitMs: number;
  private readonly maxRateLimitRetries: number;

  constructor(options: SlackClientOptions) {
    const retry = options.retry ?? { retries: 4, minTimeoutMs: 500, maxTimeoutMs: 8000 };
    this.web = new WebClient(options.token, {
      slackApiUrl: `${options.apiUrl.replace(/\/+$/, '')}/`,
      rejectRateLimitedCalls: true,
      retryConfig: {
        retries: retry.retries,
        factor: 2,
        minTimeout: retry.minTimeoutMs,
        maxTimeout: retry.maxTimeoutMs,
        randomize: true,
      },
      timeout: options.timeoutMs ?? 15_000,
      allowAbsoluteUrls: false,
      logger: SILENT_LOGGER,
    });
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? 30_000;
    this.maxRateLimitRetries = options.maxRateLimitRetries ?? 5;
  }

  /** Every public and private channel the bot can see (archived ones left out), following the cursor to the end. */
  async listChannels(): Promise<SlackChannel[]> {
    const channels: SlackChannel[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = (await this.call('conversations.list', {
        types: 'public_channel,private_channel',
        exclude_archived: true,
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
      })) as {
        channels?: Array<{ id?: unknown; name?: unknown }>;
        response_metadata?: { next_cursor?: string };
      };
      for (const channel of result.channels ?? []) {
        if (typeof channel.id === 'string')
          channels.push({ id: channel.id, name: String(channel.name ?? '') });
      }
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    return channels;
  }

  /** Sends a message; answers Slack's message timestamp. */
  async postMessage(message: SlackMessage): Promise<{ ts: string | undefined }> {
    const result = (await this.call('chat.postMessage', { ...message, unfurl_links: false })) as {
      ts?: string;
    };
    return { ts: result.ts };
  }

  private async call(method: string, args: Record<string, unknown>): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.web.apiCall(method, args);
      } catch (error) {
        if (error instanceof WebAPIRateLimitedError && attempt < this.maxRateLimitRetries) {
          await this.sleep(Math.min(Math.max(0, error.retryAfter) * 1000, this.maxRetryWaitMs));
          continue;
        }
        throw toSextantError(method, error);
      }
    }
  }
}

/** What a failed Slack call means for the caller; the token never appears in a message. */
export function toSextantError(method: string, error: unknown): SextantError {
  if (error instanceof WebAPIPlatformError) {
    const slackError = error.data.error;
    const details = { slack_method: method, slack_error: slackError };
    if (TOKEN_ERRORS.has(slackError))
      return new UnprocessableError(
        'slack_token_refused',
        `Slack refused the integration's bot token (${slackError}); update its credentials.token`,
        details,
      );
    if (slackError === 'missing_scope') {
      const needed = (error.data as { needed?: string }).needed;
      return new UnprocessableError(
        'slack_missing_scope',
        `the Slack app lacks a scope for ${method}${needed ? ` (needs ${needed})` : ''}; see docs/slack.md`,
        { ...details, needed: needed ?? null },
      );
    }
    return new UnprocessableError('slack_request_refused', `Slack refused ${method}: ${slackError}`, details);
  }
  if (error instanceof WebAPIRateLimitedError) {
    return new RateLimitedError('slack_rate_limited', `Slack kept rate-limiting ${method}; try again later`, {
      slack_method: method,
      retry_after_seconds: error.retryAfter,
    });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new UnavailableError('slack_unavailable', `Slack could not be reached for ${method}: ${reason}`, {
    slack_method: method,
  });
}

const SILENT_LOGGER: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

import type { Credentials } from '../auth/credentials.js';
import { InputError } from '../errors/index.js';

/** The integration type of a connected Slack workspace. */
export const SLACK_INTEGRATION_TYPE = 'slack';

/**
 * A `slack` integration needs its bot token (`credentials.token`, a non-empty string, normally `xoxb-…`). Called
 * with the credentials as they will be stored (after a PATCH is merged); other types pass unchecked.
 */
export function checkSlackCredentials(type: string, credentials: Credentials): void {
  if (type !== SLACK_INTEGRATION_TYPE) return;
  const token = credentials.token;
  if (typeof token === 'string' && token.trim() !== '' && !/\s/.test(token)) return;
  throw new InputError(
    'validation_failed',
    'body.credentials.token: a Slack integration needs its bot token',
    {
      problems: [
        {
          in: 'body',
          field: 'credentials.token',
          message: 'is required for type slack: the bot token (xoxb-…), without spaces',
        },
      ],
    },
  );
}

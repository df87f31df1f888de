import { JsonlFilesOutput, type PushOutput, StdoutOutput } from '@sextant/sdk';
import { describe, expect, it } from 'vitest';
import { UserError } from '../run-cli.js';
import { chooseOutput } from './choose-output.js';

const key = { SEXTANT_API_KEY: 'k' };

describe('chooseOutput', () => {
  it('defaults to stdout, --out to files, --push and --dry-run to the server', () => {
    expect(chooseOutput({}, {})).toBeInstanceOf(StdoutOutput);
    expect(chooseOutput({ out: 'dir' }, {})).toBeInstanceOf(JsonlFilesOutput);
    const push = chooseOutput({ push: true, server: 'http://h:5000/', integration: '7' }, key) as PushOutput;
    expect(push.url).toBe('http://h:5000/api/v1/integration/integrations/7/import_jsonl_metadata');
    const dryRun = chooseOutput(
      { dryRun: true, server: 'http://h:5000', integration: '7' },
      key,
    ) as PushOutput;
    expect(dryRun.url).toBe(
      'http://h:5000/api/v1/integration/integrations/7/import_jsonl_metadata?dry_run=true',
    );
  });

  it.each([
    [{ out: 'dir', push: true }, key, '--out cannot be combined with --push or --dry-run'],
    [{ push: true }, key, '--push needs --server URL and --integration ID'],
    [{ dryRun: true, server: 'http://h' }, key, '--dry-run needs --integration ID'],
    [{ push: true, server: 'http://h', integration: '1' }, {}, 'set SEXTANT_API_KEY'],
    [{ push: true, server: 'h:5000', integration: '1' }, key, '--server must be an http(s) URL'],
    [{ server: 'http://h' }, {}, '--server and --integration only apply with --push or --dry-run'],
  ])('refuses %o as a user error', (flags, env, message) => {
    expect(() => chooseOutput(flags, env)).toThrow(UserError);
    expect(() => chooseOutput(flags, env)).toThrow(message);
  });
});

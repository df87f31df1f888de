import { JsonlFilesOutput, type Output, PushOutput, StdoutOutput } from '@sextant/sdk';
import { UserError } from '../run-cli.js';

/** The output flags of `sextant run`. */
export interface OutputFlags {
  out?: string;
  push?: boolean;
  dryRun?: boolean;
  server?: string;
  integration?: string;
}

/**
 * Picks where the records go: `--out DIR` files, `--push`/`--dry-run` to a server (key from
 * SEXTANT_API_KEY), else stdout. Conflicting or missing flags are the user's to fix.
 */
export function chooseOutput(flags: OutputFlags, env: NodeJS.ProcessEnv): Output {
  const toServer = flags.push === true || flags.dryRun === true;
  if (flags.out !== undefined && toServer)
    throw new UserError('--out cannot be combined with --push or --dry-run');
  if (flags.out !== undefined) return new JsonlFilesOutput(flags.out);
  if (!toServer) {
    if (flags.server !== undefined || flags.integration !== undefined) {
      throw new UserError('--server and --integration only apply with --push or --dry-run');
    }
    return new StdoutOutput();
  }
  const missing = [
    flags.server === undefined ? '--server URL' : undefined,
    flags.integration === undefined ? '--integration ID' : undefined,
  ].filter((flag) => flag !== undefined);
  if (missing.length > 0)
    throw new UserError(`${flags.dryRun ? '--dry-run' : '--push'} needs ${missing.join(' and ')}`);
  const apiKey = env.SEXTANT_API_KEY;
  if (!apiKey) throw new UserError('set SEXTANT_API_KEY to an API key of the server to push');
  if (!/^https?:\/\//.test(flags.server!))
    throw new UserError(`--server must be an http(s) URL, got ${flags.server}`);
  return new PushOutput({
    server: flags.server!,
    integrationId: flags.integration!,
    apiKey,
    dryRun: flags.dryRun === true,
  });
}

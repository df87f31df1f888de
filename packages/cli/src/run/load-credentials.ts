import { readFile } from 'node:fs/promises';
import { UserError } from '../run-cli.js';

/** Reads `--credentials FILE.json`: a JSON object whose keys are the credential names. */
export async function readCredentialsFile(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read credentials file ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`credentials file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`credentials file ${file} must hold a JSON object such as {"username": "..."}`);
  }
  return value as Record<string, string>;
}

/**
 * Reads `--credentials-env PREFIX_`: every variable named PREFIX_NAME gives the credential `name`
 * (lower-cased), e.g. `CLUVIO_USERNAME` → `username`.
 */
export function readCredentialsFromEnv(prefix: string, env: NodeJS.ProcessEnv): Record<string, string> {
  if (prefix === '') throw new UserError('--credentials-env needs a prefix such as CLUVIO_');
  const credentials: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (name.startsWith(prefix) && name.length > prefix.length && value !== undefined) {
      credentials[name.slice(prefix.length).toLowerCase()] = value;
    }
  }
  if (Object.keys(credentials).length === 0) {
    throw new UserError(`--credentials-env ${prefix}: no environment variable starts with ${prefix}`);
  }
  return credentials;
}

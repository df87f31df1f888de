// `npm run retry-policy -w @sextant/client`: writes src/retry-policy.ts as a copy of the SDK's
// packages/sdk/src/network/retry-policy.ts under a generated-file header. The SDK's file is the one definition of
// the retry policy; this package carries a copy because it installs alone (the workspace packages are not
// published, so it cannot depend on @sextant/sdk). `--check` exits 1 when the copy differs; src/client.test.ts
// does the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SDK_POLICY_FILE = fileURLToPath(new URL('../../sdk/src/network/retry-policy.ts', import.meta.url));
export const CLIENT_POLICY_FILE = fileURLToPath(new URL('../src/retry-policy.ts', import.meta.url));

const HEADER = `// Generated from packages/sdk/src/network/retry-policy.ts by \`npm run retry-policy -w @sextant/client\`.
// Do not edit: change the SDK's file and run the script again.

`;

/** The text src/retry-policy.ts should hold now. */
export function copyRetryPolicy() {
  return HEADER + readFileSync(SDK_POLICY_FILE, 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const copy = copyRetryPolicy();
  if (process.argv.includes('--check')) {
    if (readFileSync(CLIENT_POLICY_FILE, 'utf8') !== copy) {
      console.error(
        'packages/client/src/retry-policy.ts is stale: run `npm run retry-policy -w @sextant/client`',
      );
      process.exit(1);
    }
  } else {
    writeFileSync(CLIENT_POLICY_FILE, copy);
    console.log(`${CLIENT_POLICY_FILE}: copied from ${SDK_POLICY_FILE}`);
  }
}

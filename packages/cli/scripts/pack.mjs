// Packs the `sextant` command into one tarball that installs with no repository around it:
//   node packages/cli/scripts/pack.mjs [--out DIR]   → DIR/sextant-cli-<version>.tgz (default DIR: ./dist-pack)
// The bundle already holds the server, the SQL lineage and the SDK code; the tarball adds the built UI
// (dist/web), the SDK as a bundled dependency (each sandboxed run bundles an uploaded integration with it), and
// lists as dependencies the packages the bundle leaves external (EXTERNAL in bundle.mjs), at the versions the
// workspace packages ask for. The workspace packages themselves are not published, so none is a dependency.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTERNAL } from './bundle.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'dist-pack'));
const packages = join(root, 'packages');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Packages the bundle loads at run time besides EXTERNAL: the isolate-side sources import these. */
const RUNTIME = ['whatwg-url', 'buffer', 'esbuild'];
/** External in the bundle, but optional at run time (pg loads pg-native only when asked to). */
const OPTIONAL = new Set(['pg-native']);

execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: ['ignore', 2, 2] });

const cli = readJson(join(packages, 'cli/package.json'));
const wanted = {};
for (const name of ['server', 'sql-lineage', 'sdk', 'cli'])
  Object.assign(wanted, readJson(join(packages, name, 'package.json')).dependencies);
const dependencies = {};
for (const name of [...EXTERNAL, ...RUNTIME]) {
  const bare = name.replace(/\/\*$/, '');
  if (OPTIONAL.has(bare) || dependencies[bare]) continue;
  if (!wanted[bare]) throw new Error(`pack: no workspace package names a version of ${bare}`);
  dependencies[bare] = wanted[bare];
}
const sdk = readJson(join(packages, 'sdk/package.json'));
dependencies[sdk.name] = sdk.version;

const stage = mkdtempSync(join(tmpdir(), 'sextant-pack-'));
try {
  cpSync(join(packages, 'cli/bin'), join(stage, 'bin'), { recursive: true });
  cpSync(join(packages, 'cli/dist/bundle'), join(stage, 'dist/bundle'), {
    recursive: true,
    filter: (file) => !file.endsWith('.build-inputs.json'),
  });
  cpSync(join(packages, 'web/dist'), join(stage, 'dist/web'), {
    recursive: true,
    filter: (file) => !file.endsWith('.build-inputs.json'),
  });
  // The SDK as its own `npm pack` makes it: the files a published @sextant/sdk would hold.
  const sdkTarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', stage], {
    cwd: join(packages, 'sdk'),
    encoding: 'utf8',
  }).trim();
  const sdkDir = join(stage, 'node_modules', sdk.name);
  mkdirSync(sdkDir, { recursive: true });
  execFileSync('tar', ['-xzf', join(stage, sdkTarball), '-C', sdkDir, '--strip-components=1']);
  rmSync(join(stage, sdkTarball));
  for (const file of ['README.md', 'LICENSE']) {
    try {
      cpSync(join(root, file), join(stage, file));
    } catch {}
  }
  writeFileSync(
    join(stage, 'package.json'),
    `${JSON.stringify(
      {
        name: cli.name,
        version: cli.version,
        description: cli.description,
        license: cli.license,
        type: 'module',
        engines: cli.engines,
        bin: cli.bin,
        files: ['bin', 'dist'],
        dependencies,
        bundleDependencies: [sdk.name],
      },
      null,
      2,
    )}\n`,
  );
  mkdirSync(out, { recursive: true });
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
    cwd: stage,
    encoding: 'utf8',
  }).trim();
  console.log(join(out, tarball));
} finally {
  rmSync(stage, { recursive: true, force: true });
}

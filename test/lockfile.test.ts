import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

/**
 * npm, when it rewrites package-lock.json on one platform, can prune the optional platform packages of other
 * platforms (it dropped @biomejs/cli-* and @rollup/rollup-* here). `npm ci` on macOS or Windows then installs no
 * native binary for biome or rollup and the tests cannot start. Every optional dependency of every locked
 * package must itself be locked, whatever the platform that wrote the lock.
 */
interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/** Where Node would find `name` from the package at `from`: its own node_modules, then each parent's. */
function resolveLocked(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const parent = base.lastIndexOf('/node_modules/');
    base = parent < 0 ? '' : base.slice(0, parent);
  }
}

test('every optional (platform) dependency in the lock is locked too, for every platform', () => {
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolveLocked(path, name)) missing.push(`${path || '(root)'} -> ${name}`);
    }
  }
  expect(missing).toEqual([]);
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGE_ROOT = path.resolve(import.meta.dirname, '..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

// The SDK is installed on its own by integration authors and bundled into the server's sandbox, so it may
// import only Node built-ins, typebox and its own files.
describe('@sextant/sdk stands alone', () => {
  it('depends on typebox only', () => {
    const manifest = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).toEqual(['typebox']);
    expect(manifest.peerDependencies).toBeUndefined();
  });

  it('imports nothing but node:*, typebox and relative files', () => {
    const outside = sourceFiles(path.join(PACKAGE_ROOT, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)]
        .map((match) => match[1]!)
        .filter((specifier) => !/^(node:|\.\.?\/|typebox(\/|$))/.test(specifier))
        .map((specifier) => `${path.relative(PACKAGE_ROOT, file)}: ${specifier}`),
    );
    expect(outside).toEqual([]);
  });
});

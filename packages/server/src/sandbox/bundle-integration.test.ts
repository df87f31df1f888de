import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bundleIntegration } from './index.js';
import { MAX_NESTING_DEPTH } from './nesting-depth.js';

const GOOD = `import { Integration } from '@sextant/sdk';

export default class Tiny extends Integration {
  async extract() {
    this.declareResource({ entity_type: 'table', databuilder_id: 'db.s.t', title: 't' });
  }
}
`;

async function bundleFailure(source: string, filename = 'upload.ts') {
  const result = await bundleIntegration(source, { filename });
  if (result.ok) throw new Error('expected the bundle to fail');
  return result;
}

describe('bundleIntegration', { timeout: 60_000 }, () => {
  it('bundles an SDK integration into one script with its sha256', async () => {
    const result = await bundleIntegration(GOOD, { filename: 'tiny.ts' });
    if (!result.ok) throw new Error(result.message);
    expect(result.code).toContain('db.s.t');
    expect(result.code).toContain('__sextantRun');
    // The SDK's Node network is not in the bundle: no node:http import survives.
    expect(result.code).not.toMatch(/node:https?/);
    expect(result.sha256).toBe(createHash('sha256').update(result.code).digest('hex'));
  });

  it('refuses code nested deeper than the limit before esbuild sees it, naming the line', async () => {
    const deep = `${GOOD}const x = ${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)};\n`;
    const failure = await bundleFailure(deep);
    expect(failure.errors).toEqual([
      {
        line: GOOD.split('\n').length,
        column: 10 + MAX_NESTING_DEPTH,
        text: expect.stringContaining('nest deeper'),
      },
    ]);
    const shallow = `${GOOD}const y = ${'['.repeat(50)}${']'.repeat(50)};\n`;
    expect((await bundleIntegration(shallow, { filename: 'ok.ts' })).ok).toBe(true);
  });

  it('takes plain JavaScript that exports an instance', async () => {
    const source = `import { Integration } from '@sextant/sdk';
class Js extends Integration { extract() {} }
export default new Js();
`;
    expect((await bundleIntegration(source, { filename: 'js.js' })).ok).toBe(true);
  });

  it.each([
    ['fs', `import { readFileSync } from 'fs';\n`],
    ['node:fs', `import fs from 'node:fs';\n`],
    ['child_process', `import { execSync } from 'child_process';\n`],
    ['./helpers.js', `import { helper } from './helpers.js';\n`],
    ['lodash', `import _ from 'lodash';\n`],
    ['@sextant/sdk/testing', `import { startLocalHttpServer } from '@sextant/sdk/testing';\n`],
  ])('refuses import "%s" naming it and its line', async (name, line) => {
    const failure = await bundleFailure(`// an integration\n${line}${GOOD}`);
    expect(failure.message).toContain(`import "${name}" is not allowed`);
    expect(failure.message).toContain('upload.ts:2:');
    expect(failure.errors[0]).toMatchObject({ line: 2, text: expect.stringContaining(name) });
  });

  it('refuses require() and import() of a module at bundle time', async () => {
    const required = await bundleFailure(`${GOOD}\nconst cp = require('child_process');\n`);
    expect(required.message).toMatch(/import "child_process" is not allowed/);
    expect(required.errors[0]!.line).toBe(9);
    const imported = await bundleFailure(`${GOOD}\nawait import('node:fs');\n`);
    expect(imported.message).toMatch(/import "node:fs" is not allowed/);
  });

  it("answers with the compiler's error text and position for code that does not build", async () => {
    const failure = await bundleFailure(`${GOOD}\nconst broken = {;\n`);
    expect(failure.message).toMatch(/^upload\.ts does not build:\nupload\.ts:9:\d+: /);
    expect(failure.errors[0]).toMatchObject({ line: 9, text: expect.stringMatching(/Expected identifier/) });
  });

  it('asks for a default export', async () => {
    const failure = await bundleFailure(
      `import { Integration } from '@sextant/sdk';\nexport class Named extends Integration { extract() {} }\n`,
    );
    expect(failure.message).toMatch(/default/);
  });

  it('takes only .ts and .js files', async () => {
    const failure = await bundleFailure(GOOD, 'integration.py');
    expect(failure.message).toBe('integration.py: an integration is one .ts or .js file');
  });
});

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  type DeclaredLineage,
  type Resource,
  StdoutOutput,
  validateLineage,
  validateResource,
} from '@sextant/sdk';
import type { LocalHttpServer } from '@sextant/sdk/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSextant } from '../support/fake-sextant.js';
import { runSextant } from '../support/run-sextant.js';
import CluvioIntegration, { tablesNamedIn } from './cluvio.js';
import { FAKE_CLUVIO_USER, startFakeCluvio } from './fake-cluvio.js';

let cluvio: LocalHttpServer;
let directory: string;
let credentialsFile: string;

beforeAll(async () => {
  cluvio = await startFakeCluvio();
  directory = await mkdtemp(path.join(tmpdir(), 'sextant-cluvio-'));
  credentialsFile = path.join(directory, 'cluvio.json');
  await writeFile(credentialsFile, JSON.stringify({ ...FAKE_CLUVIO_USER, base_url: cluvio.url }));
});
afterAll(() => cluvio.close());

const expectedResourceIds = [
  'cluvio.folder.Finance',
  'cluvio.folder.Unfiled',
  'cluvio.dashboard.101',
  'cluvio.report.9001',
  'cluvio.dashboard.102',
  'cluvio.report.9002',
];

function parseLines(stdout: string) {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Resource | DeclaredLineage);
}

describe('Cluvio example', () => {
  it('declares groups, dashboards, charts and lineage to the external tables', async () => {
    const lines: string[] = [];
    const output = new StdoutOutput({
      write: (text, done) => {
        lines.push(text);
        done();
      },
    });
    const result = await new CluvioIntegration().start({
      credentials: { ...FAKE_CLUVIO_USER, base_url: cluvio.url },
      output,
      stderr: { write: () => true },
      setExitCode: false,
    });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
    expect(lines.join('').split('\n').filter(Boolean)).toHaveLength(9);
    expect(result.resources.map((resource) => resource.databuilder_id)).toEqual(expectedResourceIds);
    expect(
      result.resources.find((resource) => resource.databuilder_id === 'cluvio.report.9001'),
    ).toMatchObject({
      entity_type: 'chart',
      parent_databuilder_id: 'cluvio.dashboard.101',
      product: 'Cluvio',
    });
    expect(result.lineages.map((lineage) => lineage.from_identifier)).toEqual([
      { type: 'external_table', database: 'warehouse', schema: 'analytics', table: 'orders' },
      { type: 'external_table', database: 'warehouse', schema: 'analytics', table: 'payments' },
      { type: 'external_table', database: 'warehouse', schema: 'crm', table: 'accounts' },
    ]);
  });

  it('finds schema-qualified tables after FROM and JOIN, once each', () => {
    expect(tablesNamedIn('select * FROM a.b join a.c on 1=1 left join a.b x')).toEqual([
      { schema: 'a', table: 'b' },
      { schema: 'a', table: 'c' },
    ]);
  });

  it('sextant run prints valid JSON lines on stdout and the summary on stderr', async () => {
    const run = await runSextant(['run', 'examples/cluvio/cluvio.ts', '--credentials', credentialsFile]);
    expect(run.stderr).toContain('6 resources, 3 lineage declarations');
    expect(run.stderr).toContain('resources: dashboard_group 2, dashboard 2, chart 2');
    expect(run.stderr).toContain('lineage: external_table → internal_resource 3');
    expect(run.code).toBe(0);
    const records = parseLines(run.stdout);
    expect(records).toHaveLength(9);
    records.forEach((record, offset) => {
      const problems =
        'entity_type' in record
          ? validateResource(record, { index: offset + 1 })
          : validateLineage(record, { index: offset + 1 });
      expect(problems).toEqual([]);
    });
  });

  it('sextant run --out writes the two JSONL import files', async () => {
    const out = path.join(directory, 'out');
    const run = await runSextant([
      'run',
      'examples/cluvio/cluvio.ts',
      '--credentials',
      credentialsFile,
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const resources = parseLines(await readFile(path.join(out, 'resources.jsonl'), 'utf8')) as Resource[];
    const lineages = parseLines(await readFile(path.join(out, 'lineages.jsonl'), 'utf8'));
    expect(resources.map((resource) => resource.databuilder_id)).toEqual(expectedResourceIds);
    expect(lineages).toHaveLength(3);
  });

  it('sextant run --push and --dry-run upload to the import route', async () => {
    const sextant = await startFakeSextant({ apiKey: 'key-1', integrationId: '42' });
    try {
      const args = [
        'run',
        'examples/cluvio/cluvio.ts',
        '--credentials',
        credentialsFile,
        '--server',
        sextant.url,
        '--integration',
        '42',
      ];
      const env = { SEXTANT_API_KEY: 'key-1' };
      const dryRun = await runSextant([...args, '--dry-run'], { env });
      expect(dryRun.stderr).toContain('nothing was changed; the sync would:');
      expect(dryRun.stderr).toContain('create 6, update 0');
      expect(dryRun.code).toBe(0);
      const push = await runSextant([...args, '--push'], { env });
      expect(push.stderr).toContain('sync sync-2 succeeded:');
      expect(push.stderr).toContain('created 6, updated 0');
      expect(push.code).toBe(0);
      expect(sextant.uploads.map((upload) => upload.url)).toEqual([
        '/api/v1/integration/integrations/42/import_jsonl_metadata?dry_run=true',
        '/api/v1/integration/integrations/42/import_jsonl_metadata',
      ]);
      expect(sextant.uploads[1]!.files.resources_file!.lines).toHaveLength(6);
      expect(sextant.uploads[1]!.files.lineages_file!.lines).toHaveLength(3);
    } finally {
      await sextant.close();
    }
  });

  it('fails with exit 1 and the reason when the password is wrong', async () => {
    const env = {
      CLUVIO_EMAIL: FAKE_CLUVIO_USER.email,
      CLUVIO_PASSWORD: 'wrong',
      CLUVIO_BASE_URL: cluvio.url,
    };
    const run = await runSextant(['run', 'examples/cluvio/cluvio.ts', '--credentials-env', 'CLUVIO_'], {
      env,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Cluvio refused the e-mail/password in the credentials');
  });
});

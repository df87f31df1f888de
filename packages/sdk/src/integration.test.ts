import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Integration, type RunResult, SecodaIntegration, type StartOptions } from './integration.js';
import type { DeclaredLineage } from './model/lineage.js';
import type { Resource } from './model/resource.js';
import { JsonlFilesOutput } from './output/jsonl-files-output.js';
import type { TextSink } from './output/stdout-output.js';
import { StdoutOutput } from './output/stdout-output.js';

const group: Resource = { entity_type: 'dashboard_group', databuilder_id: 'g1', title: 'Sales' };
const dashboard: Resource = {
  entity_type: 'dashboard',
  databuilder_id: 'd1',
  parent_databuilder_id: 'g1',
  title: 'Revenue',
};
const chart: Resource = {
  entity_type: 'chart',
  databuilder_id: 'c1',
  parent_databuilder_id: 'd1',
  product: 'Acme',
};
const toTable: DeclaredLineage = {
  from_identifier: { type: 'external_table', schema: 'public', table: 'orders' },
  to_identifier: { type: 'internal_resource', databuilder_id: 'c1' },
};

/** An integration that declares whatever the test hands it. */
class ListIntegration extends Integration {
  constructor(
    private readonly records: Array<Resource | DeclaredLineage>,
    private readonly failure?: Error,
  ) {
    super();
  }
  extract(): void {
    for (const record of this.records) {
      if ('entity_type' in record) this.declareResource(record);
      else this.declareLineage(record);
    }
    if (this.failure) throw this.failure;
  }
}

/** Collects what a run writes on stdout and stderr. */
function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const sink: TextSink = {
    write: (text, callback) => {
      out.push(text);
      callback();
    },
  };
  return {
    options: {
      output: new StdoutOutput(sink),
      stderr: { write: (text: string) => err.push(text) },
      setExitCode: false,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  } satisfies { options: StartOptions };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('Integration.start', () => {
  it('prints one JSON line per record and a summary with counts per type and lineage kind', async () => {
    const io = capture();
    const result = await new ListIntegration([group, dashboard, chart, toTable]).start(io.options);
    expect(result.ok).toBe(true);
    expect(
      io
        .stdout()
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([group, dashboard, chart, toTable]);
    expect(io.stderr()).toContain('3 resources, 1 lineage declarations');
    expect(io.stderr()).toContain('resources: dashboard_group 1, dashboard 1, chart 1');
    expect(io.stderr()).toContain('lineage: external_table → internal_resource 1');
    expect(io.stderr()).toContain('printed 3 resource and 1 lineage lines on stdout');
  });

  it('writes nothing and names the record when a record is invalid', async () => {
    const io = capture();
    const table = { entity_type: 'table', databuilder_id: 't9', title: 'orders' } as Resource;
    const result = await new ListIntegration([group, table]).start(io.options);
    expect(result.ok).toBe(false);
    expect(result.problems.map((problem) => problem.field)).toEqual(['schema', 'database']);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toContain(
      'resource #2 (databuilder_id "t9"), field "schema": tables need a schema name',
    );
    expect(io.stderr()).toContain('nothing was written');
  });

  it('fails a chart whose parent is not a dashboard', async () => {
    const io = capture();
    const result = await new ListIntegration([group, { ...chart, parent_databuilder_id: 'g1' }]).start(
      io.options,
    );
    expect(result.ok).toBe(false);
    expect(io.stderr()).toContain(`a chart's parent must be a dashboard, but "g1" is a dashboard_group`);
  });

  it('reports warnings but still writes', async () => {
    const io = capture();
    const lineage: DeclaredLineage = {
      ...toTable,
      to_identifier: { type: 'internal_resource', databuilder_id: 'ghost' },
    };
    const result = await new ListIntegration([dashboard, dashboard, lineage]).start(io.options);
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(4); // both copies of d1 name the missing parent
    expect(io.stderr()).toContain('4 warnings:');
    expect(io.stderr()).toContain(
      'resource #2 (databuilder_id "d1"), field "databuilder_id": is declared more than once',
    );
    expect(io.stderr()).toContain('parent "g1" was never declared');
    expect(io.stderr()).toContain('internal resource "ghost" was never declared in this run');
    expect(io.stdout().split('\n')).toHaveLength(4);
  });

  it('reports a throwing extract() and sets a failing exit code by default', async () => {
    const io = capture();
    const result: RunResult = await new ListIntegration([group], new Error('source said 500')).start({
      ...io.options,
      setExitCode: undefined,
    });
    expect(result.ok).toBe(false);
    expect(process.exitCode).toBe(1);
    expect(io.stderr()).toContain('extract() failed after 1 resources and 0 lineage declarations');
    expect(io.stderr()).toContain('source said 500');
    expect(io.stdout()).toBe('');
  });

  it('writes the two JSONL files of the import', async () => {
    const directory = path.join(await mkdtemp(path.join(tmpdir(), 'sextant-sdk-')), 'out');
    const io = capture();
    const result = await new ListIntegration([group, dashboard, chart, toTable]).start({
      ...io.options,
      output: new JsonlFilesOutput(directory),
    });
    expect(result.ok).toBe(true);
    expect(await readFile(path.join(directory, 'resources.jsonl'), 'utf8')).toBe(
      [group, dashboard, chart].map((record) => `${JSON.stringify(record)}\n`).join(''),
    );
    expect(await readFile(path.join(directory, 'lineages.jsonl'), 'utf8')).toBe(
      `${JSON.stringify(toTable)}\n`,
    );
  });

  it('is also exported as SecodaIntegration', () => {
    expect(SecodaIntegration).toBe(Integration);
  });

  it('requireCredential says how to pass a missing credential', () => {
    const integration = new ListIntegration([]);
    integration.credentials = { token: 'x' };
    expect(integration.requireCredential('token')).toBe('x');
    expect(() => integration.requireCredential('password')).toThrow(
      /credential "password" is missing; pass it with --credentials/,
    );
  });
});

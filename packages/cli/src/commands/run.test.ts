import { describe, expect, it } from 'vitest';
import { runSextant } from '../testing/run-sextant.js';

const FIXTURES = 'packages/cli/src/run/__fixtures__';

const sextant = runSextant;

describe('sextant run', () => {
  it('exits 1 naming the record, databuilder_id and field when a record is invalid', async () => {
    const run = await sextant(['run', `${FIXTURES}/invalid-table.ts`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'resource #2 (databuilder_id "t1"), field "schema": tables need a schema name',
    );
    expect(run.stderr).toContain(
      'resource #2 (databuilder_id "t1"), field "database": tables need a database name',
    );
  });

  it('exits 1 with the error when extract() throws', async () => {
    const run = await sextant(['run', `${FIXTURES}/throws.ts`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('extract() failed after 1 resources');
    expect(run.stderr).toContain('the source is down');
  });

  it('accepts an instance as default export, with credentials from the environment', async () => {
    const run = await sextant(['run', `${FIXTURES}/instance-export.ts`, '--credentials-env', 'ECHO_'], {
      ECHO_TITLE: 'Hi',
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ entity_type: 'dashboard', databuilder_id: 'd1', title: 'Hi' });
  });

  it('keeps stdout for records: console.log during the run goes to stderr', async () => {
    const run = await sextant(['run', `${FIXTURES}/logs-to-console.ts`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"entity_type":"dashboard","databuilder_id":"d1"}\n');
    expect(run.stderr).toContain('fetched 1 dashboard');
  });

  it.each([
    [
      [`${FIXTURES}/no-default.ts`],
      'has no default export; it must `export default` an Integration subclass',
    ],
    [['nowhere.ts'], 'integration file not found: nowhere.ts'],
    [[`${FIXTURES}/throws.ts`, '--push'], '--push needs --server URL and --integration ID'],
  ])('exits 2 with a message for user mistakes: %o', async (args, message) => {
    const run = await sextant(['run', ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

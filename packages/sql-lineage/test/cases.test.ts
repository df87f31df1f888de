import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { edgeText, parseCaseFile } from './case-file.js';

const casesDir = join(import.meta.dirname, 'cases');
const files = readdirSync(casesDir)
  .filter((f) => f.endsWith('.sql'))
  .sort();

describe('lineage cases (test/cases/*.sql)', () => {
  it('has cases', () => expect(files.length).toBeGreaterThan(30));

  for (const file of files) {
    it(file, () => {
      const expected = parseCaseFile(readFileSync(join(casesDir, file), 'utf8'), file);
      const result = analyze(expected.sql, expected.options);
      // Unresolved-column warnings are checked only where a case asks for them.
      const wantsUnresolved = expected.errors.some((e) => e.startsWith('unresolved_columns'));
      const errors = result.errors
        .filter((e) => wantsUnresolved || e.code !== 'unresolved_columns')
        .map((e) => `${e.code} at ${e.line}:${e.column}`);
      expect(errors, 'diagnostics').toEqual(expected.errors);
      if (expected.sources) expect(result.sources, 'sources').toEqual([...expected.sources].sort());
      if (expected.targets) expect(result.targets, 'targets').toEqual([...expected.targets].sort());
      if (expected.intermediates)
        expect(result.intermediates, 'intermediates').toEqual([...expected.intermediates].sort());
      if (expected.statementTypes)
        expect(
          result.statements.map((s) => s.type),
          'statements',
        ).toEqual(expected.statementTypes);
      const direct = result.columns.filter((e) => e.kind === 'direct').map(edgeText);
      const indirect = result.columns.filter((e) => e.kind === 'indirect').map(edgeText);
      if (expected.directEdges)
        expect([...new Set(direct)].sort(), 'direct edges').toEqual([...expected.directEdges].sort());
      for (const edge of expected.indirectEdges) expect(indirect, 'indirect edges').toContain(edge);
      for (const edge of expected.absentEdges)
        expect([...direct, ...indirect], 'absent edges').not.toContain(edge);
    });
  }
});

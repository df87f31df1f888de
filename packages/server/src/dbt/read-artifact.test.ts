import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InputError, PayloadTooLargeError } from '../errors/index.js';
import { detectVersion, MAX_ARTIFACT_BYTES, parseArtifact } from './read-artifact.js';

const manifest = (version: number, extra: Record<string, unknown> = {}) =>
  Buffer.from(
    JSON.stringify({
      metadata: {
        dbt_schema_version: `https://schemas.getdbt.com/dbt/manifest/v${version}.json`,
        dbt_version: '1.9.0',
      },
      nodes: {},
      ...extra,
    }),
  );

describe('parseArtifact', () => {
  test('reads the schema version from metadata, plain or gzip', () => {
    for (const bytes of [manifest(12), gzipSync(manifest(12))]) {
      const parsed = parseArtifact(bytes, 'manifest', 'manifest.json');
      expect(parsed.version).toMatchObject({ kind: 'manifest', version: 12, dbtVersion: '1.9.0' });
      expect(parsed.warnings).toEqual([]);
    }
  });

  test('every supported version parses without a warning; older and newer ones warn', () => {
    for (let v = 4; v <= 12; v++) expect(parseArtifact(manifest(v), 'manifest', 'm').warnings).toEqual([]);
    expect(parseArtifact(manifest(2), 'manifest', 'm').warnings[0]).toContain('older than v4');
    expect(parseArtifact(manifest(13), 'manifest', 'm').warnings[0]).toContain(
      'newer than the newest known (v12)',
    );
  });

  test('names the file and what is wrong', () => {
    const message = (bytes: Buffer, kind: 'manifest' | 'run_results' = 'manifest') => {
      try {
        parseArtifact(bytes, kind as 'manifest', 'x.json');
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      throw new Error('expected a failure');
    };
    expect(message(Buffer.from(''))).toBe('x.json: the file is empty');
    expect(message(Buffer.from('[1]'))).toBe('x.json: expected a JSON object (a dbt manifest), got an array');
    expect(message(Buffer.from('{"metadata":{}}'))).toContain('metadata.dbt_schema_version is missing');
    expect(message(manifest(12), 'run_results')).toContain('this is a dbt manifest');
    expect(message(manifest(12, { nodes: [] }))).toBe('x.json: "nodes" must be an object');
    expect(
      message(manifest(12, { nodes: { a: { unique_id: 'a', name: 'a', depends_on: { nodes: 'b' } } } })),
    ).toBe('x.json: nodes["a"].depends_on.nodes must be an array of strings');
    const results = Buffer.from(
      JSON.stringify({
        metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v6.json' },
        results: [{}],
      }),
    );
    expect(message(results, 'run_results')).toBe('x.json: results[0] needs a string unique_id and status');
  });

  test('a gzip bomb stops at the size limit with 413', () => {
    const bomb = gzipSync(Buffer.alloc(MAX_ARTIFACT_BYTES + 1, 32));
    expect(() => parseArtifact(bomb, 'manifest', 'big.json.gz')).toThrow(PayloadTooLargeError);
  });

  test('detectVersion accepts run-results and catalog URLs', () => {
    const v = (url: string, kind: 'run_results' | 'catalog') =>
      detectVersion({ metadata: { dbt_schema_version: url } }, kind, 'f').version;
    expect(v('https://schemas.getdbt.com/dbt/run-results/v5.json', 'run_results')).toBe(5);
    expect(v('https://schemas.getdbt.com/dbt/catalog/v1.json', 'catalog')).toBe(1);
  });
});

describe('parseArtifact on arbitrary input', () => {
  test('never throws anything but an input error naming the file (bad input is never a 500)', () => {
    const anyJson = fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null'));
    const withMetadata = fc
      .record({
        metadata: fc.record({ dbt_schema_version: fc.constantFrom(...URLS) }),
        nodes: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
        results: fc.jsonValue(),
      })
      .map((v) => Buffer.from(JSON.stringify(v)));
    fc.assert(
      fc.property(
        fc.oneof(anyJson, withMetadata, fc.uint8Array().map(Buffer.from)),
        fc.constantFrom(...KINDS),
        (bytes, kind) => {
          try {
            parseArtifact(bytes, kind as 'manifest', 'f.json');
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
            expect((error as Error).message.startsWith('f.json: ')).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

const KINDS = ['manifest', 'run_results', 'catalog'] as const;
const URLS = [
  'https://schemas.getdbt.com/dbt/manifest/v12.json',
  'https://schemas.getdbt.com/dbt/run-results/v6.json',
  'https://schemas.getdbt.com/dbt/catalog/v1.json',
];

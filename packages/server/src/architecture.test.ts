import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The dependency rules of docs/architecture.md, checked on the import statements of every non-test source file
 * under packages/<name>/src. A failure names the file and the import that breaks the rule.
 */

const PACKAGES = path.resolve(import.meta.dirname, '..', '..');
const SERVER_SRC = path.join(PACKAGES, 'server', 'src');

interface Import {
  /** The importing file, relative to packages/. */
  from: string;
  specifier: string;
  /** The imported file relative to packages/, when the import is relative and resolves to one of our files. */
  to: string | null;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, across line breaks.
const IMPORT_PATTERN =
  /^\s*(?:import|export)\s[^'"`;]*?from\s*'([^']+)'|^\s*import\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm;

function resolveRelative(file: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(file), specifier);
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    base,
    `${base}.ts`,
    `${base}.tsx`,
  ];
  candidates.push(path.join(base, 'index.ts'));
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found ? path.relative(PACKAGES, found) : null;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT_PATTERN)].map((match) => {
    const specifier = (match[1] ?? match[2] ?? match[3])!;
    const to = specifier.startsWith('.') ? resolveRelative(file, specifier) : null;
    return { from: path.relative(PACKAGES, file), specifier, to };
  });
}

const PACKAGE_NAMES = readdirSync(PACKAGES).filter((name) => existsSync(path.join(PACKAGES, name, 'src')));
const IMPORTS = PACKAGE_NAMES.flatMap((name) => sourceFiles(path.join(PACKAGES, name, 'src'))).flatMap(
  importsOf,
);

/** Holds the text of an esbuild entry (`import './host'`, …) that the regex reads as imports of its own. */
const BUNDLE_ENTRY_WRITER = 'server/src/sandbox/bundle-integration.ts';

/*
 * Helpers that only tests load (a `testing/` folder, `*-test-support.ts`, the lineage graph's test catalog) may
 * reach anywhere to set a scene; the cycle rules leave their imports out. The other rules still apply to them.
 */
const isTestSupport = (file: string): boolean =>
  /\/testing\//.test(file) ||
  /-test-support\.ts$/.test(file) ||
  file === 'server/src/lineage/graph/test-catalog.ts';

const describeImport = (i: Import): string => `${i.from} imports '${i.specifier}'`;

/** The first path segment under packages/server/src (`store`, `sync`, or a top-level file such as `config.ts`). */
function serverFolder(file: string): string | null {
  const relative = path.relative(SERVER_SRC, path.join(PACKAGES, file));
  if (relative.startsWith('..')) return null;
  return relative.split(path.sep)[0]!;
}

/** Strongly connected components of more than one node (every cycle lies inside one), each sorted. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const target of edges.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => a.join().localeCompare(b.join()));
}

function graph(pairs: [string, string][]): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const [from, to] of pairs) {
    if (from === to) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from)!.add(to);
  }
  return edges;
}

/** Describes each cycle found by the imports that make it (an empty list: no cycle). */
function describeCycles(found: string[][], nodeOf: (i: Import) => [string, string] | null): string[] {
  return found.map((component) => {
    const members = new Set(component);
    const links = IMPORTS.filter((i) => {
      const pair = nodeOf(i);
      return pair !== null && pair[0] !== pair[1] && members.has(pair[0]) && members.has(pair[1]);
    }).map(describeImport);
    return `cycle ${component.join(' ⇄ ')}:\n    ${links.join('\n    ')}`;
  });
}

const OUR_SCOPE = /^@sextant\//;

describe('dependency rules (docs/architecture.md)', () => {
  it('finds the imports it checks', () => {
    // Guards the regex: a parser that found nothing would pass every rule below.
    expect(IMPORTS.filter((i) => i.from.startsWith('server/src/store/')).length).toBeGreaterThan(100);
    expect(IMPORTS.some((i) => i.specifier === '@sextant/sdk')).toBe(true);
    // Every relative import resolves to a file, except the bundle entry that bundle-integration.ts writes as text.
    const unresolved = IMPORTS.filter((i) => i.specifier.startsWith('.') && i.to === null);
    expect(unresolved.filter((i) => i.from !== BUNDLE_ENTRY_WRITER).map(describeImport)).toEqual([]);
  });

  it('finds cycles (guards the search: one that found none would pass every cycle rule below)', () => {
    const edges = graph([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'd'],
      ['e', 'f'],
    ]);
    expect(cycles(edges)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('the store imports nothing above it (only store/, lib/, errors/, npm packages and @sextant/sdk)', () => {
    const broken = IMPORTS.filter((i) => i.from.startsWith('server/src/store/')).filter((i) => {
      if (i.to !== null) return !['store', 'lib', 'errors'].includes(serverFolder(i.to) ?? '');
      if (i.specifier.startsWith('.')) return true;
      return OUR_SCOPE.test(i.specifier) && i.specifier !== '@sextant/sdk';
    });
    expect(broken.map(describeImport)).toEqual([]);
  });

  it.each(['sdk', 'sql-lineage'])('packages/%s imports nothing of ours', (name) => {
    const broken = IMPORTS.filter((i) => i.from.startsWith(`${name}/src/`)).filter((i) =>
      i.specifier.startsWith('.') ? !i.to?.startsWith(`${name}/`) : OUR_SCOPE.test(i.specifier),
    );
    expect(broken.map(describeImport)).toEqual([]);
  });

  it('has no import cycle between folders of packages/server/src', () => {
    const nodeOf = (i: Import): [string, string] | null => {
      if (isTestSupport(i.from)) return null;
      const from = serverFolder(i.from);
      const to = i.to === null ? null : serverFolder(i.to);
      return from !== null && to !== null ? [from, to] : null;
    };
    const pairs = IMPORTS.map(nodeOf).filter((pair) => pair !== null);
    expect(describeCycles(cycles(graph(pairs)), nodeOf)).toEqual([]);
  });

  it('sql-lineage folders import one way (parse, dialect, scope, qualify below lineage), with no cycle', () => {
    const LINEAGE_SRC = path.join(PACKAGES, 'sql-lineage', 'src');
    const folderOf = (file: string): string =>
      path.relative(LINEAGE_SRC, path.join(PACKAGES, file)).split(path.sep)[0]!;
    const nodeOf = (i: Import): [string, string] | null =>
      i.from.startsWith('sql-lineage/src/') && i.to?.startsWith('sql-lineage/src/')
        ? [folderOf(i.from), folderOf(i.to)]
        : null;
    const pairs = IMPORTS.map(nodeOf).filter((pair) => pair !== null);
    expect(pairs.some(([from, to]) => from === 'lineage' && to === 'scope')).toBe(true);
    expect(describeCycles(cycles(graph(pairs)), nodeOf)).toEqual([]);
    const intoLineage = IMPORTS.filter((i) => {
      const pair = nodeOf(i);
      return (
        pair !== null && pair[1] === 'lineage' && ['parse', 'dialect', 'scope', 'qualify'].includes(pair[0])
      );
    });
    expect(intoLineage.map(describeImport)).toEqual([]);
  });

  it('declares no answer type by hand: a `…View` is Static<typeof …Schema> (docs/architecture.md)', () => {
    const handWritten = sourceFiles(SERVER_SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^\s*(?:export\s+)?interface\s+(\w+View)\b/gm)].map(
        (match) => `${path.relative(PACKAGES, file)}: interface ${match[1]}`,
      ),
    );
    expect(handWritten).toEqual([]);
  });

  it('declares every table once: no schema augmentation, no withTables cast (docs/architecture.md)', () => {
    const found = sourceFiles(SERVER_SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/declare module '[^']*schema\.js'|\.withTables</g)].map(
        (match) => `${path.relative(PACKAGES, file)}: ${match[0]}`,
      ),
    );
    expect(found).toEqual([]);
    // Guards the search: the composed interface still names each folder's tables.
    const schema = readFileSync(path.join(SERVER_SRC, 'store', 'schema.ts'), 'utf8');
    expect(schema).toMatch(/export interface Database\s+extends[^{]*QualityTables/);
  });

  it('docs/architecture.md names files that exist', () => {
    const doc = readFileSync(path.join(PACKAGES, '..', 'docs', 'architecture.md'), 'utf8');
    const named = [...doc.matchAll(/`([\w./-]+\.(?:ts|sql))`/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(20);
    // Paths start at packages/ (`server/src/…`, `sdk/src/…`), at packages/server/src, or at the repository root;
    // a bare file name is checked by the path its row names.
    const missing = named
      .filter((name) => name.includes('/') && !name.includes('*'))
      .filter(
        (name) =>
          ![PACKAGES, SERVER_SRC, path.join(PACKAGES, '..')].some((root) =>
            existsSync(path.join(root, name)),
          ),
      );
    expect(missing).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const nodeOf = (i: Import): [string, string] | null =>
      i.to === null || isTestSupport(i.from) ? null : [i.from, i.to];
    const pairs = IMPORTS.map(nodeOf).filter((pair) => pair !== null);
    expect(describeCycles(cycles(graph(pairs)), nodeOf)).toEqual([]);
  });
});

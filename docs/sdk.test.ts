/**
 * Runs docs/sdk.md as a script: every code block behind a `<!-- file: NAME -->`, `<!-- run -->`,
 * `<!-- expect-stdout -->` or `<!-- expect-stderr -->` marker is written, executed or compared, in order, in
 * a fresh folder, against local fakes of the doc's two servers. If the doc's code breaks, this fails.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSextant } from '../examples/support/fake-sextant.js';
import { REPO_ROOT, runSextant } from '../examples/support/run-sextant.js';
import { startFakeAcmeBi } from './support/fake-acme-bi.js';

interface Step {
  marker: string;
  argument: string | undefined;
  body: string;
  line: number;
}
interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

const DOC = path.join(REPO_ROOT, 'docs/sdk.md');
const STEP = /<!-- ([a-z-]+)(?:: (\S+))? -->\n```[a-z]*\n([\s\S]*?)```/g;

const TSC_FLAGS = [
  '--noEmit',
  '--strict',
  '--noUncheckedIndexedAccess',
  '--target',
  'es2022',
  '--module',
  'nodenext',
  '--moduleResolution',
  'nodenext',
  '--customConditions',
  'source',
  '--skipLibCheck',
  '--typeRoots',
  path.join(REPO_ROOT, 'node_modules/@types'),
  '--types',
  'node',
];

function tsFiles(steps: Step[]): string[] {
  return steps
    .filter((step) => step.marker === 'file' && step.argument!.endsWith('.ts'))
    .map((step) => step.argument!);
}

function readSteps(markdown: string): Step[] {
  return [...markdown.matchAll(STEP)].map((match) => ({
    marker: match[1]!,
    argument: match[2],
    body: match[3]!,
    line: markdown.slice(0, match.index).split('\n').length,
  }));
}

function spawnCollect(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<Outcome> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Plays the doc's shell lines. Only the commands below are understood; anything else fails the test. */
class DocShell {
  cwd: string;
  env: Record<string, string> = { SEXTANT_API_KEY: '' };
  constructor(
    private readonly root: string,
    private readonly substitute: (text: string) => string,
  ) {
    this.cwd = root;
  }

  async run(line: string): Promise<Outcome> {
    const words = this.substitute(line)
      .match(/'[^']*'|"[^"]*"|\S+/g)!
      .map((word) => word.replace(/^['"]|['"]$/g, ''));
    const [command, ...args] = words;
    if (command === 'mkdir' && args[1] === '&&' && args[2] === 'cd') {
      this.cwd = path.join(this.root, args[0]!);
      await mkdir(this.cwd);
      return { code: 0, stdout: '', stderr: '' };
    }
    if (command === 'npm' && (args[0] === 'init' || args[0] === 'pkg'))
      return spawnCollect('npm', args, this.cwd, {});
    if (command === 'npm' && args[0] === 'install') return this.linkPackages(args.slice(1));
    if (command === 'export') {
      const [name, value] = args[0]!.split('=');
      this.env[name!] = value!;
      return { code: 0, stdout: '', stderr: '' };
    }
    if (command === 'npx' && args[0] === 'sextant')
      return runSextant(args.slice(1), { env: this.env, cwd: this.cwd });
    if (command === 'curl') return spawnCollect('curl', args, this.cwd, this.env);
    throw new Error(`docs/sdk.md runs a command this test does not know: ${line}`);
  }

  /**
   * `npm install $SEXTANT_REPO/packages/NAME` links the package folder into node_modules; this does the same
   * with this repository as the clone (no npm run: it would rewrite package.json for nothing the test reads).
   */
  private async linkPackages(specs: string[]): Promise<Outcome> {
    await mkdir(path.join(this.cwd, 'node_modules/@sextant'), { recursive: true });
    for (const spec of specs.filter((word) => !word.startsWith('-'))) {
      const folder = /^\$SEXTANT_REPO\/packages\/([a-z-]+)$/.exec(spec)?.[1];
      if (!folder) throw new Error(`docs/sdk.md installs ${spec}: not a package folder of the repository`);
      await symlink(
        path.join(REPO_ROOT, 'packages', folder),
        path.join(this.cwd, 'node_modules/@sextant', folder),
      );
    }
    return { code: 0, stdout: '', stderr: '' };
  }
}

describe('docs/sdk.md', () => {
  let close: () => Promise<void>;
  let substitute: (text: string) => string;

  beforeAll(async () => {
    const acme = await startFakeAcmeBi();
    const sextant = await startFakeSextant({ apiKey: 'sx_demo_key', integrationId: '42' });
    substitute = (text) =>
      text
        .replaceAll('https://bi.example.com', acme.url)
        .replaceAll('https://sextant.example.com', sextant.url);
    close = async () => {
      await acme.close();
      await sextant.close();
    };
  });
  afterAll(() => close());

  it('every step of the guide works as written', async () => {
    const steps = readSteps(await readFile(DOC, 'utf8'));
    expect(steps.filter((step) => step.marker === 'run').length).toBeGreaterThanOrEqual(5);
    const shell = new DocShell(await mkdtemp(path.join(tmpdir(), 'sextant-doc-')), substitute);
    let last: Outcome | undefined;
    for (const step of steps) {
      const where = `docs/sdk.md:${step.line}`;
      if (step.marker === 'file') {
        await writeFile(path.join(shell.cwd, step.argument!), substitute(step.body));
      } else if (step.marker === 'run') {
        for (const line of step.body
          .split('\n')
          .filter((text) => text.trim() !== '' && !text.startsWith('#'))) {
          last = await shell.run(line);
          expect(last.code, `${where}: ${line}\n${last.stderr}`).toBe(0);
        }
      } else if (step.marker === 'expect-stdout') {
        expect(last?.stdout, where).toBe(step.body);
      } else if (step.marker === 'expect-stderr') {
        for (const line of step.body.split('\n').filter((text) => text.trim() !== '')) {
          expect(last?.stderr, where).toContain(line);
        }
      } else if (step.marker === 'expect-file') {
        expect(await readFile(path.join(shell.cwd, step.argument!), 'utf8'), where).toBe(step.body);
      } else {
        throw new Error(`${where}: unknown marker ${step.marker}`);
      }
    }
    // tsx strips types without checking them; the guide's code must also compile under strict settings.
    const typeCheck = await spawnCollect(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), ...TSC_FLAGS, ...tsFiles(steps)],
      shell.cwd,
      {},
    );
    expect(typeCheck.code, typeCheck.stdout).toBe(0);
  }, 120_000);
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Every shell block (```sh, ```bash, ```shell, ```console) in README.md and docs/*.md is either run by a test or
 * says why not, in an HTML comment on the line before it:
 * - between `<!-- tour:start -->` and `<!-- tour:end -->`: run by test/doc-tours.test.ts;
 * - `<!-- run-by: PATH -->`: run by the test file PATH, which must exist and name this doc;
 * - `<!-- run -->` in docs/sdk.md: a step docs/sdk.test.ts runs;
 * - `<!-- not-run: REASON -->`: not runnable here, for the reason given (a Slack workspace, a real warehouse…).
 */
const ROOT = new URL('..', import.meta.url).pathname;
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];
const SHELL = /^```(sh|bash|shell|console)\s*$/;

interface Block {
  doc: string;
  line: number;
  /** The comment on the line before the block, or "tour" inside a tour. */
  marker: string;
}

function shellBlocks(doc: string): Block[] {
  const lines = readFileSync(join(ROOT, doc), 'utf8').split('\n');
  const blocks: Block[] = [];
  let isInTour = false;
  let isInFence = false;
  for (const [index, line] of lines.entries()) {
    if (line.includes('<!-- tour:start -->')) isInTour = true;
    if (line.includes('<!-- tour:end -->')) isInTour = false;
    if (!line.startsWith('```')) continue;
    if (isInFence) {
      isInFence = false;
      continue;
    }
    isInFence = true;
    if (!SHELL.test(line)) continue;
    const before = lines[index - 1]?.trim() ?? '';
    blocks.push({ doc, line: index + 1, marker: isInTour ? 'tour' : before });
  }
  return blocks;
}

/** Why a block is in order, or undefined when it is neither run nor marked. */
function accountFor(block: Block): string | undefined {
  if (block.marker === 'tour') return 'test/doc-tours.test.ts';
  if (block.marker === '<!-- run -->' && block.doc === 'docs/sdk.md') return 'docs/sdk.test.ts';
  const runBy = /^<!-- run-by: (\S+) -->$/.exec(block.marker)?.[1];
  if (runBy) {
    const test = join(ROOT, runBy);
    return existsSync(test) && readFileSync(test, 'utf8').includes(basename(block.doc)) ? runBy : undefined;
  }
  const reason = /^<!-- not-run: (.+) -->$/.exec(block.marker)?.[1];
  return reason && reason.trim().length >= 8 ? `not run: ${reason}` : undefined;
}

const blocks = DOCS.flatMap(shellBlocks);

describe('shell blocks in README.md and docs/', () => {
  test('there are blocks, some of them run', () => {
    expect(blocks.length).toBeGreaterThan(10);
    const run = blocks.filter((block) => {
      const why = accountFor(block);
      return why !== undefined && !why.startsWith('not run');
    });
    expect(run.length).toBeGreaterThan(10);
  });

  test('each is run by a test or marked <!-- not-run: REASON -->', () => {
    const unaccounted = blocks
      .filter((block) => accountFor(block) === undefined)
      .map((block) => `${block.doc}:${block.line} (line before: ${block.marker || 'empty'})`);
    expect(unaccounted).toEqual([]);
  });
});

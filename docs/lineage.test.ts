/**
 * Runs the examples of docs/lineage.md: every ```sql block behind a `<!-- lineage: FLAGS -->` marker is given to
 * `sextant lineage FLAGS`, and the output must equal the block that follows it. If the doc drifts, this fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type LineageFlags, runLineageCommand } from '../packages/cli/src/commands/lineage.js';

const doc = readFileSync(path.join(import.meta.dirname, 'lineage.md'), 'utf8');
const EXAMPLE =
  /<!-- lineage: ([^>]*) -->\n```sql\n([\s\S]*?)```\s*\n(?:prints\s*\n)?```(text|json)\n([\s\S]*?)```/g;

function flagsOf(args: string): LineageFlags {
  const flags: LineageFlags = { dialect: 'ansi' };
  const words = args.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === '--json') flags.json = true;
    else if (word === '--dialect') flags.dialect = words[++i] ?? '';
    else if (word === '--default-schema') flags.defaultSchema = words[++i] ?? '';
    else if (word === '--default-database') flags.defaultDatabase = words[++i] ?? '';
    else throw new Error(`docs/lineage.md: unknown flag ${word} in an example marker`);
  }
  return flags;
}

async function runExample(flags: LineageFlags, sql: string): Promise<string> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk) => chunks.push(chunk));
  await runLineageCommand('-', flags, { stdin: Readable.from([sql]), stdout });
  return Buffer.concat(chunks).toString('utf8');
}

describe('docs/lineage.md examples', () => {
  const examples = [...doc.matchAll(EXAMPLE)];
  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(3));

  for (const [, args = '', sql = '', kind, expected = ''] of examples) {
    it(`sextant lineage ${args.trim()}: ${sql.split('\n')[0]}`, async () => {
      const out = await runExample(flagsOf(args), sql);
      if (kind === 'json') expect(JSON.parse(out)).toEqual(JSON.parse(expected));
      else expect(out).toBe(expected);
    });
  }
});

// Freshness records for the build steps that have no incremental mode of their own (the esbuild bundle, the
// vite build): a step records a digest of its inputs beside its output and is skipped while the digest is
// unchanged. `tsc -b` needs none: it keeps its own .tsbuildinfo.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `paths` (files or folders), sorted; `node_modules` and dot-folders are left out. */
export function listFiles(paths) {
  const files = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (!statSync(path).isDirectory()) {
      files.push(path);
      return;
    }
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(join(path, entry.name));
    }
  };
  for (const path of paths) walk(path);
  return files.sort();
}

/** A digest of the files' contents (`content`) or of their sizes and modification times (`stat`, cheaper). */
export function digestFiles(files, how) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update('\0');
    if (!existsSync(file)) hash.update('missing');
    else if (how === 'content') hash.update(readFileSync(file));
    else {
      const stat = statSync(file);
      hash.update(`${stat.size}:${stat.mtimeMs}`);
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The record kept beside an output: its digest and the input files it was taken over. */
export function readRecord(recordFile) {
  try {
    return JSON.parse(readFileSync(recordFile, 'utf8'));
  } catch {
    return undefined;
  }
}

export function writeRecord(recordFile, record) {
  writeFileSync(recordFile, `${JSON.stringify(record)}\n`);
}

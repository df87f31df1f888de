import cliProgress from 'cli-progress';

export interface ImportProgress {
  update: (progress: { phase: string; resources: number; lineages: number }) => void;
  stop: () => void;
}

/**
 * Progress on stderr: a bar over the bytes read when stderr is a terminal, otherwise a plain line every few
 * seconds (CI logs, and tests that watch a running import).
 */
export function createImportProgress(totalBytes: number, bytesRead: () => number): ImportProgress {
  let state = { phase: 'resources', resources: 0, lineages: 0 };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: '{bar} {percentage}% | {phase} | {resources} resources, {lineages} lineage lines',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(totalBytes, 1), 0, state);
    return {
      update: (next) => {
        state = next;
        bar.update(bytesRead(), state);
      },
      stop: () => bar.stop(),
    };
  }
  let lastPrinted = 0;
  return {
    update: (next) => {
      state = next;
      if (Date.now() - lastPrinted < 2000 && next.phase !== 'finishing') return;
      lastPrinted = Date.now();
      process.stderr.write(
        `progress: ${next.phase}, ${next.resources} resources, ${next.lineages} lineage lines\n`,
      );
    },
    stop: () => {},
  };
}

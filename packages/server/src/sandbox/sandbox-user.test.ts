import { expect, test } from 'vitest';

// Its own file: the layers are detected once per process, so the setting must be in place before the first call.
process.env.SEXTANT_SANDBOX_USER = 'no-such-user-for-sextant';
const { sandboxLayers } = await import('./launch-sandbox-process.js');

test('an unknown SEXTANT_SANDBOX_USER never means root: uid/gid 65534, with a warning', async () => {
  const emitted: Error[] = [];
  const onWarning = (warning: Error) => emitted.push(warning);
  process.on('warning', onWarning);
  const layers = sandboxLayers();
  // Without a logger (see jobs/sandbox-layer-warnings.test.ts for the server's), it is a process warning.
  await new Promise((resolve) => setImmediate(resolve));
  process.off('warning', onWarning);
  expect(
    emitted.filter((warning) => warning.name === 'SextantSandboxWarning').map((w) => w.message),
  ).toContain(layers.warnings.find((warning) => /root|SEXTANT_SANDBOX_USER/.test(warning)));
  if (process.getuid?.() !== 0) {
    // Not root: the sandbox runs as the server's own user, and the warning says so.
    expect(layers.user).toBeUndefined();
    expect(layers.warnings.join('\n')).toContain('does not run as root');
    return;
  }
  expect(layers.user).toEqual({ name: '65534', uid: 65534, gid: 65534 });
  expect(layers.warnings.join('\n')).toContain('"no-such-user-for-sextant" is not an unprivileged user');
});

// A stand-in for a server that dies mid-run: starts one endless sandboxed run and waits. The test kills this
// process with SIGKILL and checks that the sandbox process it forked goes away too.
import { bundleIntegration, runSandboxed } from '../index.js';

const bundle = await bundleIntegration(
  "import { Integration } from '@sextant/sdk';\nexport default class Endless extends Integration { extract() { console.log('looping'); for (;;) {} } }\n",
  { filename: 'endless.ts' },
);
if (!bundle.ok) throw new Error(bundle.message);
void runSandboxed({
  code: bundle.code,
  credentials: {},
  allowedEndpoints: [],
  timeLimitMs: 10 * 60 * 1000,
  onRecord() {},
  // Tells the test the run is under way (the isolate is looping), not just the process starting.
  onLog: (entry) => process.stdout.write(`${entry.message}\n`),
  onHttpCall() {},
});

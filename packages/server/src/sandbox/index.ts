export {
  type BundleError,
  type BundleResult,
  bundleIntegration,
  SDK_SPECIFIER,
} from './bundle-integration.js';
export { runSandboxed } from './run-sandboxed.js';
export {
  type HttpCallEntry,
  SANDBOX_DEFAULTS,
  type SandboxCounts,
  type SandboxErrorCode,
  type SandboxLogEntry,
  type SandboxLogger,
  type SandboxRecord,
  type SandboxRunOptions,
  type SandboxRunResult,
} from './sandbox-types.js';

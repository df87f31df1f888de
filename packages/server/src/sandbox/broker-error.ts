import type { SandboxErrorCode } from './sandbox-types.js';

/** A refused or failed call; `code` is set when a policy refused it. */
export class BrokerError extends Error {
  constructor(
    message: string,
    readonly code?: SandboxErrorCode,
  ) {
    super(message);
  }
}

import { findConnector } from '../connectors/index.js';
import type { Credentials } from './credentials.js';

/** The stored type of a new integration: a connector alias becomes its type (`postgresql` → `postgres`). */
export function canonicalIntegrationType(type: string): string {
  return findConnector(type)?.type ?? type;
}

/**
 * Built-in connector types check their credentials when an integration is created or its credentials change,
 * so a typo (`prot`, a port of "abc") is a 400 naming the field, not a failed run hours later.
 */
export function checkConnectorCredentials(type: string, credentials: Credentials): void {
  findConnector(type)?.parseCredentials(credentials);
}

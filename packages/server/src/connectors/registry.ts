import { NotFoundError } from '../errors/index.js';
import { BUILTIN_CONNECTORS } from './builtin-connectors.js';
import type { Connector } from './connector.js';

/** Built-in connectors by type (see builtin-connectors.ts); tests may add theirs with {@link registerConnector}. */
const connectors = new Map<string, Connector<unknown>>(
  BUILTIN_CONNECTORS.map((connector) => [connector.type, connector as Connector<unknown>]),
);

/** Adds a connector (tests); returns a function that removes it. */
export function registerConnector<C>(connector: Connector<C>): () => void {
  connectors.set(connector.type, connector as Connector<unknown>);
  return () => {
    connectors.delete(connector.type);
  };
}

/** Every built-in connector, in registration order. */
export function listConnectors(): Connector<unknown>[] {
  return [...connectors.values()];
}

/** The connector for a type or alias (`postgres`, `postgresql`, `mysql`, `mariadb`), case-insensitive. */
export function findConnector(type: string): Connector<unknown> | undefined {
  const wanted = type.toLowerCase();
  for (const connector of connectors.values()) {
    if (connector.type === wanted || connector.aliases.includes(wanted)) return connector;
  }
  return undefined;
}

/** Like {@link findConnector}, but throws `connector_not_found` (404) naming the known types. */
export function getConnector(type: string): Connector<unknown> {
  const connector = findConnector(type);
  if (connector) return connector;
  const known = listConnectors().map((c) => c.type);
  throw new NotFoundError(
    'connector_not_found',
    `no built-in connector "${type}" (known: ${known.join(', ')})`,
    {
      known,
    },
  );
}

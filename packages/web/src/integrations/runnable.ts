import { useQuery } from '@tanstack/react-query';
import { fetchConnectors } from '../api/endpoints';

/**
 * Whether the server can run an integration of this type itself (run now, schedule): uploaded marketplace
 * integrations (`marketplace:<id>`) and the built-in connectors (`postgres`, `mysql`, from
 * `GET /integration/connectors`). CSV, JSONL, dbt and SDK integrations are pushed to.
 */
export function isRunnableType(type: string, connectorTypes: ReadonlySet<string> = new Set()): boolean {
  return type.startsWith('marketplace:') || connectorTypes.has(type);
}

/** The built-in connectors, fetched once per session (they change only with the server's version). */
export function useConnectors() {
  return useQuery({
    queryKey: ['connectors'],
    queryFn: fetchConnectors,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** {@link isRunnableType} with the server's connector types. */
export function useIsRunnable(): (type: string) => boolean {
  const connectors = useConnectors();
  const types = new Set(connectors.data?.results.map((connector) => connector.type));
  return (type) => isRunnableType(type, types);
}

/** Whether the type is a built-in connector's (its page can test the connection). */
export function useIsConnectorType(): (type: string) => boolean {
  const connectors = useConnectors();
  return (type) => Boolean(connectors.data?.results.some((connector) => connector.type === type));
}

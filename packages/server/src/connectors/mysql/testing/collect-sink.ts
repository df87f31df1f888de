import type { DeclaredLineage, LineageID, Resource } from '@sextant/sdk';
import type { ConnectorSink, ConnectorWarning } from '../../connector.js';

/** A sink that keeps everything, for tests; `onEmit` runs before each record is kept (faults, kills). */
export interface CollectSink extends ConnectorSink {
  resources: Resource[];
  lineages: DeclaredLineage[];
  warnings: ConnectorWarning[];
}

export function collectSink(onEmit?: (count: number) => void | Promise<void>): CollectSink {
  const sink: CollectSink = {
    resources: [],
    lineages: [],
    warnings: [],
    async emit(record) {
      await onEmit?.(sink.resources.length + sink.lineages.length);
      if ('entity_type' in record) sink.resources.push(record);
      else sink.lineages.push(record);
    },
    warn(warning) {
      sink.warnings.push(warning);
    },
  };
  return sink;
}

/** `table` or `table.column` for an internal end within `database`; the JSON of anything else. */
export function describeEnd(end: LineageID, database: string): string {
  if (end.type !== 'internal_resource') return JSON.stringify(end);
  const prefix = `${database}.${database}.`;
  return end.databuilder_id.startsWith(prefix) ? end.databuilder_id.slice(prefix.length) : end.databuilder_id;
}

/** Every lineage edge into `view` or its columns, as `from -> to` lines, sorted. */
export function edgesInto(lineages: DeclaredLineage[], database: string, view: string): string[] {
  return lineages
    .map((lineage) => [
      describeEnd(lineage.from_identifier, database),
      describeEnd(lineage.to_identifier, database),
    ])
    .filter(([, to]) => to === view || to?.startsWith(`${view}.`))
    .map(([from, to]) => `${from} -> ${to}`)
    .sort();
}

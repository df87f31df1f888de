import type { DeclaredLineage } from './model/lineage.js';
import { formatValidationProblems, type ValidationProblem } from './model/problems.js';
import type { Resource } from './model/resource.js';

/** Counts of a run's records: per entity type, and per lineage kind as `from → to`. */
export function countRecords(resources: Resource[], lineages: DeclaredLineage[]) {
  const byEntityType = new Map<string, number>();
  for (const resource of resources)
    byEntityType.set(resource.entity_type, (byEntityType.get(resource.entity_type) ?? 0) + 1);
  const byLineageKind = new Map<string, number>();
  for (const lineage of lineages) {
    const kind = `${lineage.from_identifier.type} → ${lineage.to_identifier.type}`;
    byLineageKind.set(kind, (byLineageKind.get(kind) ?? 0) + 1);
  }
  return { byEntityType, byLineageKind };
}

/** The human summary `start()` prints on stderr. */
export function formatRunSummary(input: {
  resources: Resource[];
  lineages: DeclaredLineage[];
  warnings: ValidationProblem[];
  problems: ValidationProblem[];
}): string {
  const { byEntityType, byLineageKind } = countRecords(input.resources, input.lineages);
  const list = (counts: Map<string, number>) =>
    counts.size === 0 ? 'none' : [...counts].map(([name, count]) => `${name} ${count}`).join(', ');
  const lines = [
    `${input.resources.length} resources, ${input.lineages.length} lineage declarations`,
    `  resources: ${list(byEntityType)}`,
    `  lineage: ${list(byLineageKind)}`,
  ];
  if (input.warnings.length > 0) {
    lines.push(`${input.warnings.length} warnings:`, indent(formatValidationProblems(input.warnings)));
  }
  if (input.problems.length > 0) {
    lines.push(
      `${input.problems.length} problems in the records; nothing was written:`,
      indent(formatValidationProblems(input.problems)),
    );
  }
  return lines.join('\n');
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

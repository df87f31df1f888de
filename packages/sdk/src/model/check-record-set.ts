import type { DeclaredLineage } from './lineage.js';
import type { ValidationProblem } from './problems.js';
import type { EntityType, Resource } from './resource.js';

/** Which parent entity types each entity type accepts, where compat §2 says so. */
const ALLOWED_PARENTS: Partial<Record<EntityType, EntityType[]>> = {
  column: ['table', 'column'],
  chart: ['dashboard'],
  dashboard: ['dashboard_group'],
};

/** The outcome of the checks that need every record of a run at once. */
export interface RecordSetReport {
  /** Errors: a parent of the wrong kind (a chart under a table). */
  problems: ValidationProblem[];
  /** Not fatal, but likely mistakes: duplicate ids, parents or lineage targets never declared. */
  warnings: ValidationProblem[];
}

/**
 * Checks a whole run of records that each passed `validateResource` / `validateLineage`. Records are
 * numbered from 1 in the order given. A duplicate `databuilder_id` is a warning because the catalog keeps
 * the last one, as an upsert would.
 */
export function checkRecordSet(input: {
  resources: Resource[];
  lineages: DeclaredLineage[];
}): RecordSetReport {
  const report: RecordSetReport = { problems: [], warnings: [] };
  const typeById = new Map<string, EntityType>();
  input.resources.forEach((resource, offset) => {
    if (typeById.has(resource.databuilder_id)) {
      report.warnings.push(
        at(resource, offset, 'databuilder_id', 'is declared more than once; the last one wins'),
      );
    }
    typeById.set(resource.databuilder_id, resource.entity_type);
  });
  input.resources.forEach((resource, offset) => {
    checkParent(resource, offset, typeById, report);
  });
  input.lineages.forEach((lineage, offset) => {
    for (const end of ['from_identifier', 'to_identifier'] as const) {
      const identifier = lineage[end];
      if (identifier.type === 'internal_resource' && !typeById.has(identifier.databuilder_id)) {
        report.warnings.push({
          record: 'lineage',
          index: offset + 1,
          databuilder_id: identifier.databuilder_id,
          field: `${end}.databuilder_id`,
          message: `internal resource "${identifier.databuilder_id}" was never declared in this run`,
        });
      }
    }
  });
  return report;
}

function checkParent(
  resource: Resource,
  offset: number,
  typeById: Map<string, EntityType>,
  report: RecordSetReport,
) {
  const parentId = resource.parent_databuilder_id;
  if (parentId === undefined || parentId === null || parentId === '') return;
  const parentType = typeById.get(parentId);
  if (parentType === undefined) {
    report.warnings.push(
      at(resource, offset, 'parent_databuilder_id', `parent "${parentId}" was never declared`),
    );
    return;
  }
  const allowed = ALLOWED_PARENTS[resource.entity_type];
  if (allowed && !allowed.includes(parentType)) {
    report.problems.push(
      at(
        resource,
        offset,
        'parent_databuilder_id',
        `a ${resource.entity_type}'s parent must be a ${allowed.join(' or ')}, but "${parentId}" is a ${parentType}`,
      ),
    );
  }
}

function at(resource: Resource, offset: number, field: string, message: string): ValidationProblem {
  return { record: 'resource', index: offset + 1, databuilder_id: resource.databuilder_id, field, message };
}

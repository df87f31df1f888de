import type { RecordOrigin, SyncProblem, SyncWarning } from './sync-types.js';

/**
 * Every resource of the run by databuilder_id: its id, and for non-columns its type and full title, so that
 * children link to parents, parents are checked, and internal lineage resolves, all without a query. About 150
 * bytes per resource; a column keeps only its id (its type is `column`).
 */
export type RunIndex = Map<string, string | RunIndexEntry>;

export interface RunIndexEntry {
  id: string;
  type: string;
  titleFull: string | undefined;
}

/** The resource id of a run index entry. */
export function idOf(entry: string | RunIndexEntry | undefined): string | undefined {
  return typeof entry === 'string' ? entry : entry?.id;
}

/** The entity type of a run index entry. */
export function typeOf(entry: string | RunIndexEntry): string {
  return typeof entry === 'string' ? 'column' : entry.type;
}

/** Which parent types each child type accepts (compat §2); the others accept any parent. */
const ALLOWED_PARENTS: Record<string, readonly string[]> = {
  column: ['table', 'column'],
  chart: ['dashboard'],
  dashboard: ['dashboard_group'],
};

function parentAllowed(childType: string, parentType: string): boolean {
  return ALLOWED_PARENTS[childType]?.includes(parentType) ?? true;
}

/** A resource whose parent could not be settled when it was written. */
interface OpenChild extends RecordOrigin {
  databuilderId: string;
  resourceId: string;
  entityType: string;
  parentDatabuilderId: string;
  /** Written without its parent (declared later): its parent_id, and maybe its full title, are set at the end. */
  needsLink: boolean;
  needsTitleFull: boolean;
}

export interface HierarchyOutcome {
  problems: SyncProblem[];
  warnings: SyncWarning[];
  /** Rows written before their parent was declared: their parent's id. */
  links: Array<{ id: string; parentId: string }>;
  /** Rows whose full title follows their parent's, to derive once the links are made. */
  titlesToDerive: string[];
  /** Parents whose type changed within the run: their children must be checked against the new type. */
  retyped: Array<{ id: string; type: string; origin: RecordOrigin }>;
}

/**
 * The run's parent bookkeeping, in memory (it used to be a staging table of every resource). Most files declare
 * parents first, so a child is settled the moment it is planned; only children whose parent is unknown or of the
 * wrong type so far are kept, and judged against the final index at the end. The last declaration of a
 * databuilder_id replaces the earlier one's entry, so the outcome is that of the run's final declarations.
 */
export class RunHierarchy {
  private readonly open = new Map<string, OpenChild>();
  private readonly retyped = new Map<string, RecordOrigin>();

  constructor(private readonly index: RunIndex) {}

  /**
   * Records a resource as planned: `parent` is its parent's index entry so far (undefined when not declared yet);
   * `previous` the resource's own entry before this declaration (a repeat).
   */
  note(
    child: Omit<OpenChild, 'parentDatabuilderId'> & { parentDatabuilderId: string | null },
    parent: string | RunIndexEntry | undefined,
    previous: string | RunIndexEntry | undefined,
  ): void {
    if (previous !== undefined && typeOf(previous) !== child.entityType) {
      this.retyped.set(child.databuilderId, { file: child.file, line: child.line });
    }
    const { parentDatabuilderId } = child;
    if (
      parentDatabuilderId === null ||
      (parent !== undefined && parentAllowed(child.entityType, typeOf(parent)))
    ) {
      this.open.delete(child.databuilderId);
      return;
    }
    this.open.set(child.databuilderId, { ...child, parentDatabuilderId });
  }

  /** Judges the open children against the final index (call once every resource is planned). */
  settle(): HierarchyOutcome {
    const outcome: HierarchyOutcome = {
      problems: [],
      warnings: [],
      links: [],
      titlesToDerive: [],
      retyped: [],
    };
    const byLine = [...this.open.values()].sort((a, b) => a.line - b.line);
    for (const child of byLine) {
      const parent = this.index.get(child.parentDatabuilderId);
      const at = { file: child.file, line: child.line, field: 'parent_databuilder_id' };
      if (parent === undefined) {
        outcome.warnings.push({
          ...at,
          message: `parent "${child.parentDatabuilderId}" is not declared in this run; the ${child.entityType} has no parent`,
        });
      } else if (!parentAllowed(child.entityType, typeOf(parent))) {
        outcome.problems.push({
          ...at,
          message: `a ${child.entityType}'s parent cannot be a ${typeOf(parent)} ("${child.parentDatabuilderId}")`,
        });
      } else if (child.needsLink) {
        outcome.links.push({ id: child.resourceId, parentId: idOf(parent)! });
        if (child.needsTitleFull) outcome.titlesToDerive.push(child.resourceId);
      }
    }
    for (const [databuilderId, origin] of this.retyped) {
      const entry = this.index.get(databuilderId)!;
      outcome.retyped.push({ id: idOf(entry)!, type: typeOf(entry), origin });
    }
    return outcome;
  }

  /**
   * The problems of children (declared in the run, settled earlier) whose retyped parent no longer accepts them;
   * `children` are the rows under the retyped parents' ids.
   */
  checkRetypedChildren(
    retyped: HierarchyOutcome['retyped'],
    children: Array<{ databuilder_id: string; entity_type: string; parent_id: string }>,
  ): SyncProblem[] {
    const parents = new Map(retyped.map((parent) => [parent.id, parent]));
    const problems: SyncProblem[] = [];
    for (const child of children) {
      const parent = parents.get(child.parent_id);
      const entry = this.index.get(child.databuilder_id);
      if (!parent || entry === undefined || this.open.has(child.databuilder_id)) continue;
      if (parentAllowed(typeOf(entry), parent.type)) continue;
      problems.push({
        ...parent.origin,
        field: 'entity_type',
        message: `a ${parent.type} cannot be the parent of ${typeOf(entry)} "${child.databuilder_id}", declared under it earlier in the run`,
      });
    }
    return problems;
  }
}

import type { SyncProblem, SyncWarning } from './sync-types.js';

/** Imports report at most this many problems (and warnings): enough to fix a file, bounded in memory. */
export const MAX_REPORTED = 100;

/** Collects problems or warnings up to {@link MAX_REPORTED}, counting the rest. */
export class BoundedList<T extends SyncProblem | SyncWarning> {
  readonly items: T[] = [];
  total = 0;

  add(item: T): void {
    this.total++;
    if (this.items.length < MAX_REPORTED) this.items.push(item);
  }

  get isFull(): boolean {
    return this.total >= MAX_REPORTED;
  }

  /** The items, plus one line saying how many were left out. */
  report(): T[] {
    if (this.total <= this.items.length) return [...this.items];
    return [...this.items, { message: `... and ${this.total - this.items.length} more` } as T];
  }
}

/** `file:line, field "x": message`, the one-line form used in error messages and the CLI. */
export function formatProblem(problem: SyncWarning): string {
  const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}` : '';
  const field = problem.field ? `field "${problem.field}"` : '';
  const prefix = [where, field].filter((part) => part).join(', ');
  return prefix ? `${prefix}: ${problem.message}` : problem.message;
}

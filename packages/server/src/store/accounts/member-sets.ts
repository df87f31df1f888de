import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { type ErrorCode, NotFoundError } from '../../errors/index.js';
import type { Database, GroupsTable, TeamsTable } from '../schema.js';

/**
 * Teams and groups are the same thing to the store: a named set of users in a workspace, with a membership table.
 * One implementation serves both; `teams.ts` and `groups.ts` only name the tables.
 */
interface MemberSetTables {
  teams: { row: TeamsTable; members: 'team_members'; key: 'team_id' };
  groups: { row: GroupsTable; members: 'group_members'; key: 'group_id' };
}

export interface MemberSetSpec<T extends keyof MemberSetTables> {
  table: T;
  members: MemberSetTables[T]['members'];
  key: MemberSetTables[T]['key'];
  notFound: ErrorCode;
  noun: string;
}

export function memberSetStore<T extends keyof MemberSetTables>(spec: MemberSetSpec<T>) {
  type Row = MemberSetTables[T]['row'];
  // Kysely cannot type a query over "whichever of two tables"; the public signatures below carry the types.
  // biome-ignore lint/suspicious/noExplicitAny: the one place the table name is a parameter
  const any = (db: Kysely<Database>) => db as unknown as Kysely<any>;
  const table: string = spec.table;
  const members: string = spec.members;
  const key: string = spec.key;

  const find = async (
    db: Kysely<Database>,
    workspaceId: string,
    id: string,
  ): Promise<Selectable<Row> | undefined> =>
    any(db)
      .selectFrom(table)
      .selectAll()
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst() as Promise<Selectable<Row> | undefined>;

  return {
    insert: async (db: Kysely<Database>, row: Insertable<Row>): Promise<void> => {
      await any(db).insertInto(table).values(row).execute();
    },
    find,
    get: async (db: Kysely<Database>, workspaceId: string, id: string): Promise<Selectable<Row>> => {
      const row = await find(db, workspaceId, id);
      if (!row) throw new NotFoundError(spec.notFound, `no ${spec.noun} with id ${id}`, { id });
      return row;
    },
    findByName: async (
      db: Kysely<Database>,
      workspaceId: string,
      name: string,
    ): Promise<Selectable<Row> | undefined> =>
      any(db)
        .selectFrom(table)
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('name', '=', name)
        .executeTakeFirst() as Promise<Selectable<Row> | undefined>,
    /** One page of the workspace's sets by name, with the total count. */
    list: async (
      db: Kysely<Database>,
      options: { workspaceId: string; limit: number; offset: number },
    ): Promise<{ rows: Selectable<Row>[]; count: number }> => {
      const base = any(db).selectFrom(table).where('workspace_id', '=', options.workspaceId);
      const [rows, total] = await Promise.all([
        base.selectAll().orderBy('name').orderBy('id').limit(options.limit).offset(options.offset).execute(),
        base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows: rows as Selectable<Row>[], count: Number(total.n) };
    },
    update: async (
      db: Kysely<Database>,
      id: string,
      changes: Omit<Updateable<Row>, 'id' | 'workspace_id' | 'created_at'>,
    ): Promise<void> => {
      await any(db)
        .updateTable(table)
        .set(changes as Record<string, unknown>)
        .where('id', '=', id)
        .execute();
    },
    /** Deletes a set; its memberships go with it (foreign key cascade). */
    remove: async (db: Kysely<Database>, id: string): Promise<void> => {
      await any(db).deleteFrom(table).where('id', '=', id).execute();
    },
    /** Member user ids of each set, sorted so that answers are stable. */
    listMemberIds: async (db: Kysely<Database>, setIds: string[]): Promise<Map<string, string[]>> => {
      const result = new Map<string, string[]>(setIds.map((id) => [id, []]));
      if (setIds.length === 0) return result;
      const rows = await any(db)
        .selectFrom(members)
        .select([`${key} as set_id`, 'user_id'])
        .where(key, 'in', setIds)
        .orderBy('user_id')
        .execute();
      for (const row of rows) result.get(row.set_id)?.push(row.user_id);
      return result;
    },
    replaceMembers: async (db: Kysely<Database>, setId: string, userIds: string[]): Promise<void> => {
      await any(db).deleteFrom(members).where(key, '=', setId).execute();
      if (userIds.length === 0) return;
      await any(db)
        .insertInto(members)
        .values(userIds.map((user_id) => ({ [key]: setId, user_id })))
        .execute();
    },
    /** The ids among `ids` that are not sets of the workspace (to name them in a validation error). */
    findMissingIds: async (db: Kysely<Database>, workspaceId: string, ids: string[]): Promise<string[]> => {
      if (ids.length === 0) return [];
      const found = await any(db)
        .selectFrom(table)
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', ids)
        .execute();
      const known = new Set(found.map((row: { id: string }) => row.id));
      return ids.filter((id) => !known.has(id));
    },
  };
}

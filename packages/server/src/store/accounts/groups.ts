import type { Selectable } from 'kysely';
import type { GroupsTable } from '../schema.js';
import { memberSetStore } from './member-sets.js';

export type GroupRow = Selectable<GroupsTable>;

export const groupStore = memberSetStore({
  table: 'groups',
  members: 'group_members',
  key: 'group_id',
  notFound: 'group_not_found',
  noun: 'group',
});

import type { Selectable } from 'kysely';
import type { GroupsTable } from '../schema.js';
import { memberSetStore } from './member-sets.js';

export type GroupRow = Selectable<GroupsTable>;

const groups = memberSetStore({
  table: 'groups',
  members: 'group_members',
  key: 'group_id',
  notFound: 'group_not_found',
  noun: 'group',
});

export const insertGroup = groups.insert;
export const findGroup = groups.find;
export const getGroup = groups.get;
export const findGroupByName = groups.findByName;
export const listGroups = groups.list;
export const updateGroupRow = groups.update;
export const deleteGroupRow = groups.remove;
export const listGroupMemberIds = groups.listMemberIds;
export const replaceGroupMembers = groups.replaceMembers;
export const findMissingGroupIds = groups.findMissingIds;

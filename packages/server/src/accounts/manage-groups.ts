import { groupStore } from '../store/accounts/index.js';
import { memberSetService } from './manage-member-sets.js';
import { toGroupView } from './views.js';

/** Groups: member sets with an icon (compat.md §6 `/auth/group`). */
export const groupService = memberSetService({
  noun: 'group',
  store: groupStore,
  toView: (row, members) => ({ ...toGroupView(row, members), snowflake_role: null }),
  ownFields: (input, before) => ({ icon: input.icon === undefined ? (before?.icon ?? null) : input.icon }),
});

import { groupStore } from '../store/accounts/index.js';
import { memberSetService } from './manage-member-sets.js';
import { toGroupView } from './views.js';

/** Groups: plain member sets (compat.md §6 `/auth/group`). */
export const groupService = memberSetService({
  noun: 'group',
  store: groupStore,
  toView: toGroupView,
  ownFields: () => ({}),
});

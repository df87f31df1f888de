export * from './invite-users.js';
export * from './manage-api-keys.js';
export * from './manage-groups.js';
export type { MemberSetInput, MemberSetListOptions } from './manage-member-sets.js';
export * from './manage-teams.js';
export * from './manage-users.js';
export * from './sign-in.js';
export * from './views.js';

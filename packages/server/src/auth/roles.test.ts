import { expect, test } from 'vitest';
import { hasRole, isRole, ROLES } from './roles.js';

test('isRole accepts the four roles and nothing else, inherited object keys included', () => {
  expect(ROLES.filter(isRole)).toEqual(['guest', 'viewer', 'editor', 'admin']);
  for (const value of ['Admin', 'owner', '', 'constructor', 'toString', '__proto__', null, 1]) {
    expect(isRole(value)).toBe(false);
  }
});

test('roles rank weakest first', () => {
  for (const [i, role] of ROLES.entries()) {
    for (const [j, required] of ROLES.entries()) expect(hasRole(role, required)).toBe(i >= j);
  }
});

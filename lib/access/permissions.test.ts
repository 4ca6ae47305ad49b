import { describe, expect, it } from 'vitest';
import { ALL_PERMISSIONS, assignableRoles, can, MEMBER_ROLES } from './permissions';

describe('permissions', () => {
  it('gives the owner every permission and the viewer none', () => {
    for (const permission of ALL_PERMISSIONS) {
      expect(can('owner', permission)).toBe(true);
      expect(can('viewer', permission)).toBe(false);
      expect(can('operator', permission)).toBe(false);
    }
  });

  it('keeps developers to credentials and webhooks, finance to payouts', () => {
    expect(ALL_PERMISSIONS.filter((p) => can('developer', p))).toEqual(['credentials.manage', 'webhooks.manage']);
    expect(ALL_PERMISSIONS.filter((p) => can('finance', p))).toEqual(['payouts.manage']);
  });

  it('lets only owners hand out the owner role', () => {
    expect(assignableRoles('owner')).toEqual([...MEMBER_ROLES]);
    expect(assignableRoles('admin')).not.toContain('owner');
    expect(assignableRoles('developer')).toEqual([]);
    expect(assignableRoles('viewer')).toEqual([]);
  });
});

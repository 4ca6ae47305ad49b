import type { UserRole } from '@/db/schema/accounts';

/** The roles of an account's team, most powerful first. Operators are platform staff, not members. */
export const MEMBER_ROLES = ['owner', 'admin', 'developer', 'finance', 'viewer'] as const satisfies readonly UserRole[];
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * The one definition of who may do what in an account. Every role reads everything in its
 * account; these are the changes. The server actions (`runAction`), the pages and the buttons all
 * ask `can()`, and the allow/deny test matrix is generated from this table.
 */
export const PERMISSIONS = {
  /** Team: invite, change roles, remove members, resend or revoke invitations. */
  'team.manage': ['owner', 'admin'],
  /** The account's own settings: its Pix key and default language. */
  'account.manage': ['owner', 'admin'],
  /** The audit trail of the account. */
  'audit.read': ['owner'],
  /** API credentials. */
  'credentials.manage': ['owner', 'admin', 'developer'],
  /** Webhook endpoints and deliveries. */
  'webhooks.manage': ['owner', 'admin', 'developer'],
  /** Payment and credit wallets, their limits and cards. */
  'wallets.manage': ['owner', 'admin'],
  /** Charges, refunds and payment links. */
  'payments.manage': ['owner', 'admin'],
  /** Payouts out of the account's balances. */
  'payouts.manage': ['owner', 'admin', 'finance'],
} as const satisfies Record<string, readonly MemberRole[]>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isMemberRole(role: string): role is MemberRole {
  return (MEMBER_ROLES as readonly string[]).includes(role);
}

/** Whether a user of this role may do this; an operator holds no member permission. */
export function can(role: UserRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly string[]).includes(role);
}

/**
 * Who may run a server action: members whose role holds a permission, any member (`member`: the
 * reads every role may do), platform operators, or any signed-in user acting on their own login
 * (`self`: their language and time zone).
 */
export type ActionAccess = Permission | 'member' | 'operator' | 'self';

export function grants(access: ActionAccess, role: UserRole): boolean {
  if (access === 'self') return true;
  if (access === 'operator') return role === 'operator';
  if (access === 'member') return role !== 'operator';
  return can(role, access);
}

/**
 * Roles a member may hand out: only an owner makes (or unmakes) owners, so an admin cannot raise
 * itself or strip the account's owners.
 */
export function assignableRoles(role: UserRole): MemberRole[] {
  if (role === 'owner') return [...MEMBER_ROLES];
  if (can(role, 'team.manage')) return MEMBER_ROLES.filter((r) => r !== 'owner');
  return [];
}

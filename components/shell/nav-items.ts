import { can, type Permission } from '@/lib/access/permissions';
import type { UserRole } from '@/db/schema/accounts';

export interface NavItem {
  href: string;
  /** Its key in the `nav` messages. */
  label: string;
  /** Shown only to roles holding it; without one, every member sees the area (all roles read). */
  permission?: Permission;
}

/** The dashboard's areas, in the order merchants meet them. */
export const merchantNav: NavItem[] = [
  { href: '/dashboard', label: 'overview' },
  { href: '/dashboard/wallets', label: 'wallets' },
  { href: '/dashboard/charges', label: 'charges' },
  { href: '/dashboard/payment-links', label: 'paymentLinks' },
  { href: '/dashboard/invoices', label: 'invoices' },
  { href: '/dashboard/settlements', label: 'settlements' },
  { href: '/dashboard/payouts', label: 'payouts' },
  { href: '/dashboard/developers', label: 'developers' },
  { href: '/dashboard/team', label: 'team' },
  { href: '/dashboard/settings', label: 'settings' },
  { href: '/dashboard/audit', label: 'audit', permission: 'audit.read' },
];

export const adminNav: NavItem[] = [
  { href: '/admin', label: 'admin' },
  { href: '/admin/kyc', label: 'kycReview' },
  { href: '/admin/accounts', label: 'accounts' },
  { href: '/admin/credentials', label: 'credentials' },
  { href: '/admin/audit', label: 'audit' },
];

/** The areas a user sees: operators the platform's, members their account's as far as their role goes. */
export function navFor(role: UserRole): NavItem[] {
  if (role === 'operator') return adminNav;
  return merchantNav.filter((item) => !item.permission || can(role, item.permission));
}

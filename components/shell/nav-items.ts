export interface NavItem {
  href: string;
  /** Its key in the `nav` messages. */
  label: string;
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
  { href: '/dashboard/settings', label: 'settings' },
];

export const adminNav: NavItem[] = [
  { href: '/admin', label: 'admin' },
  { href: '/admin/kyc', label: 'kycReview' },
];

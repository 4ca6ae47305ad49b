export interface NavItem {
  href: string;
  label: string;
}

/** The dashboard's areas, in the order merchants meet them. */
export const merchantNav: NavItem[] = [
  { href: '/dashboard', label: 'Overview' },
  { href: '/dashboard/wallets', label: 'Wallets' },
  { href: '/dashboard/charges', label: 'Charges' },
  { href: '/dashboard/payment-links', label: 'Payment links' },
  { href: '/dashboard/invoices', label: 'Invoices' },
  { href: '/dashboard/developers', label: 'Developers' },
];

export const adminNav: NavItem[] = [
  { href: '/admin', label: 'Admin' },
  { href: '/admin/kyc', label: 'KYC review' },
];

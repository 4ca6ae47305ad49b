import { useTranslations } from 'next-intl';
import Link from 'next/link';

const TABS = [
  { key: 'payment', href: '/dashboard/wallets', label: 'payment' },
  { key: 'credit', href: '/dashboard/wallets/credit', label: 'credit' },
] as const;

/** Switches between the two kinds of wallet an account holds. */
export function WalletTabs({ current }: { current: (typeof TABS)[number]['key'] }) {
  const t = useTranslations('walletTabs');
  return (
    <nav aria-label={t('label')} className="mb-6 flex gap-2 border-b border-slate-200">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? 'page' : undefined}
          className={`-mb-px border-b-2 px-3 py-2 text-sm ${tab.key === current ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
        >
          {t(tab.label)}
        </Link>
      ))}
    </nav>
  );
}

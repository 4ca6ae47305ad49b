import { useTranslations } from 'next-intl';
import Link from 'next/link';

/** The KYC area's two lists: wallets waiting for a decision, and decisions taken. */
export function KycTabs({ current }: { current: 'waiting' | 'decided' }) {
  const t = useTranslations('kyc');
  const tabs = [
    { key: 'waiting', href: '/admin/kyc', label: t('waitingTab') },
    { key: 'decided', href: '/admin/kyc/decided', label: t('decidedTab') },
  ] as const;
  return (
    <nav aria-label={t('tabs')} className="mb-4 flex gap-4 border-b border-slate-200 text-sm">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? 'page' : undefined}
          className={`-mb-px border-b-2 px-1 pb-2 ${tab.key === current ? 'border-brand-600 font-medium text-brand-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}

import { useTranslations } from 'next-intl';

/** Active or suspended, in the reader's language; suspended reads as a danger. */
export function AccountStatusBadge({ suspended }: { suspended: boolean }) {
  const t = useTranslations('adminAccounts');
  const tone = suspended ? 'bg-red-50 text-red-800 ring-red-200' : 'bg-emerald-50 text-emerald-800 ring-emerald-200';
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tone}`}>{suspended ? t('suspended') : t('active')}</span>;
}

import { useTranslations } from 'next-intl';
import { destinationText } from './destination-text';

/** Where a payout went, in one line: "E-mail j•••@example.com", or the bank account (masked in lists). */
export function PayoutDestination({ destination, masked = true }: { destination: Record<string, unknown>; masked?: boolean }) {
  const t = useTranslations('payouts');
  const shown = destinationText(destination, { masked });
  if (!shown) return <>—</>;
  if (shown.kind === 'bank') return <>{t('bankAccount', { bank: shown.bank, branch: shown.branch, account: shown.account })}</>;
  return (
    <span>
      <span className="text-slate-500">{t(`keyTypes.${shown.keyType}`)}</span> <span className="font-mono text-xs">{shown.key}</span>
    </span>
  );
}

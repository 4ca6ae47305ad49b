import { useTranslations } from 'next-intl';
import type { WalletStatus } from '@/db/schema';
import { IssueCardForm, type IssueCardAction } from './issue-card-form';

/**
 * Issuing, where the wallet allows it: an active wallet with an approved owner (the cardholder)
 * gets the form; any other says why it cannot issue (the service would refuse with WLT000007).
 */
export function IssueCardPanel({
  walletKey,
  status,
  ownerPersonKey,
  walletLimit,
  issueCard,
}: {
  walletKey: string;
  status: WalletStatus;
  ownerPersonKey: string | null;
  walletLimit: string;
  issueCard: IssueCardAction;
}) {
  const t = useTranslations('creditCards.issue');
  return (
    <div className="flex flex-col gap-3 border-t border-slate-100 pt-4">
      <h3 className="text-sm font-semibold">{t('title')}</h3>
      {status === 'active' && ownerPersonKey ? (
        <>
          <p className="text-sm text-slate-600">{t('cardholder')}</p>
          <IssueCardForm walletKey={walletKey} personKey={ownerPersonKey} walletLimit={walletLimit} issueCard={issueCard} />
        </>
      ) : (
        <p role="note" className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {status === 'active' ? t('unavailable.noCardholder') : t(`unavailable.${status}`)}
        </p>
      )}
    </div>
  );
}

import { useTranslations } from 'next-intl';
import { formatMinor } from '@/lib/money/decimal';
import { CancelCardButton, type CancelCardAction } from './cancel-card-button';
import { CardStatusBadge } from './card-status-badge';
import { formatExpiry, type CardView } from './card-view';
import { ChangeLimitForm, type ChangeCardLimitAction } from './change-limit-form';
import { UsageBar } from './usage-bar';

/**
 * The wallet's cards, newest first, each with its limit as used / available. An active card can
 * be canceled; its limit can change while the wallet is active too (the services' rules).
 */
export function CardList({
  walletKey,
  cards,
  total,
  walletActive,
  changeLimit,
  cancelCard,
}: {
  walletKey: string;
  cards: CardView[];
  total: number;
  walletActive: boolean;
  /** Null for a role that may not manage wallets: the cards are then read-only. */
  changeLimit: ChangeCardLimitAction | null;
  cancelCard: CancelCardAction | null;
}) {
  const t = useTranslations('creditCards');
  if (cards.length === 0) return <p className="text-sm text-slate-600">{t('list.empty')}</p>;
  return (
    <div className="flex flex-col gap-4">
      {cards.map((card) => {
        const headingId = `card-${card.paymentInstrumentKey}`;
        const active = card.status === 'active';
        return (
          <article key={card.paymentInstrumentKey} aria-labelledby={headingId} className="flex flex-col gap-3 rounded-md border border-slate-200 p-4">
            <header className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h3 id={headingId} className="text-sm font-semibold">
                  {t('list.heading', { name: card.cardName, lastFour: card.lastFour })}
                </h3>
                <p className="text-xs text-slate-600">
                  {t('list.printedName', { name: card.printedName })} · {t('list.expires', { expiry: formatExpiry(card.expiryMonth, card.expiryYear) })}
                </p>
              </div>
              <CardStatusBadge status={card.status} />
            </header>
            <UsageBar label={t('list.limitOf', { lastFour: card.lastFour })} limitMinor={card.limitMinor} usedMinor={card.usedMinor} />
            {active && changeLimit && cancelCard ? (
              <div className="flex flex-wrap items-end justify-between gap-3">
                {walletActive ? (
                  <ChangeLimitForm
                    walletKey={walletKey}
                    paymentInstrumentKey={card.paymentInstrumentKey}
                    lastFour={card.lastFour}
                    current={formatMinor(card.limitMinor, 2)}
                    changeLimit={changeLimit}
                  />
                ) : null}
                <CancelCardButton walletKey={walletKey} paymentInstrumentKey={card.paymentInstrumentKey} lastFour={card.lastFour} cancelCard={cancelCard} />
              </div>
            ) : null}
          </article>
        );
      })}
      {total > cards.length ? <p className="text-xs text-slate-500">{t('list.newest', { shown: cards.length, total })}</p> : null}
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

export type CancelCardAction = (walletKey: string, paymentInstrumentKey: string) => Promise<ActionResult<unknown>>;

/** Cancels one card for good, after a confirmation that says what it does to later purchases. */
export function CancelCardButton({
  walletKey,
  paymentInstrumentKey,
  lastFour,
  cancelCard,
}: {
  walletKey: string;
  paymentInstrumentKey: string;
  lastFour: string;
  cancelCard: CancelCardAction;
}) {
  const t = useTranslations('creditCards.cancel');
  return (
    <ActionButton
      label={t('button')}
      pendingLabel={t('pending')}
      ariaLabel={t('buttonFor', { lastFour })}
      confirm={{ title: t('title', { lastFour }), message: t('message'), confirmLabel: t('confirm'), destructive: true }}
      run={() => cancelCard(walletKey, paymentInstrumentKey)}
    />
  );
}

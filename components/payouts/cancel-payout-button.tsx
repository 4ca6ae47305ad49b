'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ActionResult } from '@/lib/actions/run-action';

export type CancelPayoutAction = (input: { payout_uuid: string }) => Promise<ActionResult<{ status: string }>>;

/** Cancels a scheduled payout before its day, after asking: its amount and fee go back to available. */
export function CancelPayoutButton({ payoutUuid, total, cancel }: { payoutUuid: string; total: string; cancel: CancelPayoutAction }) {
  const t = useTranslations('payouts.detail');
  return (
    <ActionButton
      label={t('cancel')}
      pendingLabel={t('canceling')}
      confirm={{ title: t('cancelTitle'), message: t('cancelMessage', { total }), confirmLabel: t('cancelConfirm'), destructive: true }}
      run={() => cancel({ payout_uuid: payoutUuid })}
    />
  );
}

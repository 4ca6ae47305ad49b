'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import type { ChargeStatus } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/run-action';
import type { CancelChargeActionInput, CaptureChargeActionInput, RefundChargeActionInput } from '@/lib/charges/action-schemas';
import { CANCELABLE, REFUNDABLE } from '@/lib/charges/transitions';
import type { WalletCurrency } from '@/lib/money/currency';
import { MoneyStepForm } from './money-step-form';

type Run<I> = (input: I) => Promise<ActionResult<{ status: ChargeStatus }>>;

export interface ChargeActionRuns {
  capture: Run<CaptureChargeActionInput>;
  cancel: Run<CancelChargeActionInput>;
  refund: Run<RefundChargeActionInput>;
}

/**
 * What the merchant can still do with the charge, each step confirmed first: capture a
 * pre-authorization (in full, or a smaller amount), cancel before capture, refund after.
 */
export function ChargeActions({
  charge,
  actions,
}: {
  charge: { charge_uuid: string; wallet_uuid: string; status: ChargeStatus; currency: WalletCurrency; authorized: string; remaining: string; remainingMinor: string };
  actions: ChargeActionRuns;
}) {
  const t = useTranslations('charge');
  const ids = { charge_uuid: charge.charge_uuid, wallet_uuid: charge.wallet_uuid };
  const canCapture = charge.status === 'pre_captured';
  const canCancel = CANCELABLE.includes(charge.status);
  const canRefund = REFUNDABLE.includes(charge.status) && BigInt(charge.remainingMinor) > 0n;
  if (!canCapture && !canCancel && !canRefund) return <p className="px-4 py-3 text-sm text-slate-600">{t('noActions')}</p>;

  return (
    <div className="flex flex-col gap-6 px-4 py-4">
      {canCapture ? (
        <MoneyStepForm
          currency={charge.currency}
          defaultAmount=""
          shownWhenEmpty={charge.authorized}
          run={(values) => actions.capture({ ...ids, amount: values.amount })}
          labels={{
            form: t('captureForm'),
            submit: t('capture'),
            pending: t('capturing'),
            amount: t('captureAmount', { currency: charge.currency }),
            amountHint: t('captureHint'),
            invalidAmount: t('invalidAmount'),
            done: t('captureDone'),
            confirm: (amount) => ({ title: t('captureTitle'), message: t('captureMessage', { amount }), confirmLabel: t('captureConfirm', { amount }) }),
          }}
        />
      ) : null}
      {canRefund ? (
        <MoneyStepForm
          key={charge.remaining}
          currency={charge.currency}
          defaultAmount={charge.remaining}
          shownWhenEmpty={charge.remaining}
          variant="secondary"
          run={(values) => actions.refund({ ...ids, amount: values.amount, reason: values.reason })}
          labels={{
            form: t('refundForm'),
            submit: t('refund'),
            pending: t('refunding'),
            amount: t('refundAmountLabel', { currency: charge.currency }),
            amountHint: t('refundHint'),
            invalidAmount: t('invalidAmount'),
            reason: t('refundReason'),
            done: t('refundDone'),
            confirm: (amount) => ({ title: t('refundTitle'), message: t('refundMessage', { amount }), confirmLabel: t('refundConfirm', { amount }), destructive: true }),
          }}
        />
      ) : null}
      {canCancel ? (
        <ActionButton
          label={t('cancel')}
          pendingLabel={t('canceling')}
          run={() => actions.cancel(ids)}
          confirm={{ title: t('cancelTitle'), message: t('cancelMessage'), confirmLabel: t('cancelConfirm'), destructive: true }}
        />
      ) : null}
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/ui/action-button';
import { formatBalance } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { ChargeStatus } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/run-action';
import type { SimulatePaymentActionInput } from '@/lib/charges/action-schemas';
import type { WalletCurrency } from '@/lib/money/currency';
import { MoneyStepForm } from './money-step-form';

export type SimulatePaymentRun = (input: SimulatePaymentActionInput) => Promise<ActionResult<{ status: ChargeStatus }>>;

/**
 * Sandbox only (the page leaves it out in production): the payer pays this Pix or boleto as their
 * bank would, confirmed first. A Pix is paid for its exact amount; a boleto for any amount, so a
 * payment short or over can be tried.
 */
export function SimulatePayment({ charge, run }: { charge: { charge_uuid: string; type_charge: 'pix' | 'boleto'; currency: WalletCurrency; amount: string }; run: SimulatePaymentRun }) {
  const t = useTranslations('charge');
  const { locale } = useFormatting();
  const amount = formatBalance(charge.amount, charge.currency, locale);
  if (charge.type_charge === 'pix') {
    return (
      <ActionButton
        label={t('simulate')}
        pendingLabel={t('simulating')}
        run={() => run({ charge_uuid: charge.charge_uuid })}
        confirm={{ title: t('simulateTitle'), message: t('simulatePixMessage', { amount }), confirmLabel: t('simulateConfirm') }}
      />
    );
  }
  return (
    <MoneyStepForm
      currency={charge.currency}
      defaultAmount={charge.amount}
      shownWhenEmpty={charge.amount}
      variant="secondary"
      run={(values) => run({ charge_uuid: charge.charge_uuid, amount: values.amount })}
      labels={{
        form: t('simulate'),
        submit: t('simulate'),
        pending: t('simulating'),
        amount: t('simulateAmount', { currency: charge.currency }),
        amountHint: t('simulateAmountHint'),
        invalidAmount: t('invalidAmount'),
        done: t('simulateDone'),
        confirm: (paid) => ({ title: t('simulateTitle'), message: t('simulateBoletoMessage', { amount: paid }), confirmLabel: t('simulateConfirm') }),
      }}
    />
  );
}

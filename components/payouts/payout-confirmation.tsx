'use client';

import { useTranslations } from 'next-intl';
import { Detail, DetailList } from '@/components/ui/details';
import { buttonClass, FormError, secondaryButtonClass } from '@/components/ui/field';
import { formatIsoDate, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import { displayPixKey } from './destination-text';
import type { PayoutRequestBody } from './payout-form-body';

export interface PayoutQuote {
  walletLabel: string;
  amountMinor: bigint;
  feeMinor: bigint;
  availableMinor: bigint;
}

/**
 * The request's second step: what leaves the wallet (the amount, the merchant's fee, their sum)
 * and who receives it, before anything is sent. Going back keeps what was typed.
 */
export function PayoutConfirmation({
  body,
  quote,
  submitting,
  error,
  onEdit,
  onConfirm,
}: {
  body: PayoutRequestBody;
  quote: PayoutQuote;
  submitting: boolean;
  error: string | null;
  onEdit: () => void;
  onConfirm: () => void;
}) {
  const t = useTranslations('payouts');
  const { locale } = useFormatting();
  const brl = (minor: bigint) => formatMoney(minor, 'BRL', locale);
  const total = quote.amountMinor + quote.feeMinor;
  const { pix_destination: destination } = body;
  return (
    <section aria-labelledby="payout-confirm-title" className="flex max-w-2xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h2 id="payout-confirm-title" className="text-lg font-semibold">
          {t('confirm.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('confirm.intro')}</p>
      </div>
      <DetailList>
        <Detail term={t('confirm.amount')}>
          <span data-testid="payout-confirm-amount">{brl(quote.amountMinor)}</span>
        </Detail>
        <Detail term={t('confirm.fee')}>
          <span data-testid="payout-confirm-fee">{brl(quote.feeMinor)}</span>
        </Detail>
        <Detail term={t('confirm.total')}>
          <span data-testid="payout-confirm-total" className="font-semibold">
            {brl(total)}
          </span>
        </Detail>
        <Detail term={t('confirm.availableAfter')}>{brl(quote.availableMinor - total)}</Detail>
        <Detail term={t('confirm.beneficiary')}>{destination.beneficiary_name ?? '—'}</Detail>
        <Detail term={t('confirm.key')}>
          <span className="text-slate-500">{t(`keyTypes.${destination.pix_address_key_type}`)}</span>{' '}
          <span data-testid="payout-confirm-key" className="font-mono text-xs">
            {displayPixKey(destination.pix_address_key_type, destination.pix_address_key.trim())}
          </span>
        </Detail>
        <Detail term={t('confirm.wallet')}>{quote.walletLabel}</Detail>
        <Detail term={t('confirm.when')}>{body.schedule_date ? formatIsoDate(body.schedule_date, locale) : t('confirm.now')}</Detail>
        <Detail term={t('confirm.description')}>{body.description}</Detail>
      </DetailList>
      <FormError message={error} />
      <div className="flex gap-2">
        <button type="button" className={buttonClass} disabled={submitting} onClick={onConfirm}>
          {submitting ? t('confirm.submitting') : t('confirm.submit')}
        </button>
        <button type="button" className={secondaryButtonClass} disabled={submitting} onClick={onEdit}>
          {t('confirm.edit')}
        </button>
      </div>
    </section>
  );
}

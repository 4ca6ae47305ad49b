import { useTranslations } from 'next-intl';
import { CopyButton } from '@/components/pay/copy-button';
import { InlineSvg } from '@/components/pay/inline-svg';
import { Detail, DetailList } from '@/components/ui/details';
import { formatBalance, formatDateTime, type Formatting } from '@/components/ui/format';
import { formatDigitableLine } from '@/lib/boleto/barcode';
import { formatMinor, parseMinor } from '@/lib/money/decimal';
import type { ChargeBody } from '@/lib/charges/serialize';
import type { WalletCurrency } from '@/lib/money/currency';

/** What the server drew for the charge's page: the Pix QR or the boleto barcode, as SVG markup. */
export interface PaymentImages {
  pixQrSvg: string | null;
  boletoBarcodeSvg: string | null;
}

/**
 * How the payer pays a Pix or boleto, as the merchant sees it: the payer's page to send them, the
 * Pix QR and copy-and-paste code with its expiry, or the boleto's line, barcode, slip and PDF with
 * its due date; and what the payer paid, short or over.
 */
export function ChargePaymentDetails({ charge, images, formatting }: { charge: ChargeBody; images: PaymentImages; formatting: Formatting }) {
  const t = useTranslations('charge');
  const money = (decimal: string) => formatBalance(decimal, charge.currency as WalletCurrency, formatting.locale);
  const paid = parseMinor(charge.paid_amount, 2);
  const difference = paid === 0n ? 0n : paid - parseMinor(charge.local_currency, 2);
  const dueDate = new Intl.DateTimeFormat(formatting.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${charge.due_date}T00:00:00Z`));

  return (
    <div className="flex flex-col gap-4 pb-4">
      <DetailList>
        {charge.charge_payment_url ? (
          <Detail term={t('paymentPage')}>
            <a href={charge.charge_payment_url} className="break-all text-brand-700 hover:underline" data-testid="charge-payment-url">
              {charge.charge_payment_url}
            </a>
            <span className="block text-xs text-slate-500">{t('paymentPageHint')}</span>
          </Detail>
        ) : null}
        {charge.pix_payload ? <Detail term={t('expiresAt')}>{formatDateTime(new Date(charge.pix_payload.expiration), formatting)}</Detail> : null}
        {charge.type_charge === 'boleto' ? <Detail term={t('dueDate')}>{dueDate}</Detail> : null}
        <Detail term={t('paidAmount')}>
          <span data-testid="charge-paid">{money(charge.paid_amount)}</span>
          {difference < 0n ? <span className="ml-2 text-amber-800">{t('paidShort', { difference: money(formatMinor(-difference, 2)) })}</span> : null}
          {difference > 0n ? <span className="ml-2 text-amber-800">{t('paidOver', { difference: money(formatMinor(difference, 2)) })}</span> : null}
        </Detail>
      </DetailList>

      {charge.pix_payload && images.pixQrSvg ? (
        <div className="flex flex-col gap-3 px-4 sm:flex-row sm:items-start">
          <InlineSvg svg={images.pixQrSvg} label={t('pixQr')} testId="charge-pix-qr" className="aspect-square w-48 shrink-0" />
          <div className="flex min-w-0 grow flex-col gap-2">
            <label htmlFor="charge-pix-code" className="text-sm font-medium text-slate-700">
              {t('pixCode')}
            </label>
            <textarea id="charge-pix-code" readOnly rows={4} value={charge.pix_payload.copy_paste} className="w-full resize-none rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs break-all" />
            <CopyButton text={charge.pix_payload.copy_paste} label={t('copyCode')} />
          </div>
        </div>
      ) : null}

      {charge.barcode && images.boletoBarcodeSvg ? (
        <div className="flex flex-col gap-3 px-4">
          <div className="flex flex-col gap-2">
            <p id="charge-boleto-line-label" className="text-sm font-medium text-slate-700">
              {t('boletoLine')}
            </p>
            <p aria-labelledby="charge-boleto-line-label" className="font-mono text-sm break-all select-all" data-testid="charge-boleto-line">
              {formatDigitableLine(charge.barcode)}
            </p>
            <CopyButton text={charge.barcode} label={t('copyLine')} />
          </div>
          <InlineSvg svg={images.boletoBarcodeSvg} stretch label={t('barcode')} testId="charge-boleto-barcode" className="h-14 w-full max-w-md" />
          {charge.boleto_url ? (
            <p className="flex flex-wrap gap-4 text-sm">
              <a href={charge.boleto_url} className="text-brand-700 hover:underline">
                {t('slip')}
              </a>
              <a href={`${charge.boleto_url}.pdf`} className="text-brand-700 hover:underline">
                {t('pdf')}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}


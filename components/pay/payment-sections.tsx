import type { createTranslator } from 'next-intl';
import { CopyButton } from '@/components/pay/copy-button';
import { InlineSvg } from '@/components/pay/inline-svg';
import { secondaryButtonClass } from '@/components/ui/field';
import { boletoBarcodeSvg } from '@/lib/boleto/slip-pdf';
import type { PaymentPageView } from '@/lib/charges/payment-page';
import type { MESSAGES } from '@/lib/i18n/catalogues';
import { pixQrSvg } from '@/lib/pix/qr';

// How a payer pays a waiting Pix or boleto, the same on the charge's own page (/pay/…) and on a
// payment link's checkout (/checkout/…). Server components: the QR and barcode are drawn here as SVG.

export type PayPageTranslator = ReturnType<typeof createTranslator<(typeof MESSAGES)['en'], 'payPage'>>;

export const paymentSectionClass = 'flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm';

/** The Pix QR, its copy-and-paste code with a Copy button, and when it expires (already written the payer's way). */
export async function PixPaymentSection({ copyPaste, expires, t }: { copyPaste: string; expires: string | null; t: PayPageTranslator }) {
  const svg = await pixQrSvg(copyPaste);
  return (
    <section aria-labelledby="pix-title" className={paymentSectionClass}>
      <h2 id="pix-title" className="text-lg font-semibold">
        {t('pix.heading')}
      </h2>
      <p className="text-sm text-slate-600">{t('pix.instructions')}</p>
      <InlineSvg svg={svg} label={t('pix.qrLabel')} testId="pix-qr" className="mx-auto aspect-square w-full max-w-64" />
      <label htmlFor="pix-code" className="text-sm font-medium text-slate-700">
        {t('pix.code')}
      </label>
      <textarea id="pix-code" readOnly rows={4} value={copyPaste} className="w-full resize-none rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-xs break-all" />
      <CopyButton text={copyPaste} label={t('pix.copy')} />
      {expires ? (
        <p className="text-sm text-slate-600" data-testid="pix-expires">
          {t('pix.expires', { when: expires })}
        </p>
      ) : null}
    </section>
  );
}

/**
 * A boleto's due date, digitable line, barcode and the links to its slip and PDF. Once paid (still
 * settling) there is nothing left to copy: `payable` false shows the slip as a record only.
 */
export function BoletoPaymentSection({
  chargeUuid,
  boleto,
  due,
  payable = true,
  t,
}: {
  chargeUuid: string;
  boleto: NonNullable<PaymentPageView['boleto']>;
  due: string;
  payable?: boolean;
  t: PayPageTranslator;
}) {
  return (
    <section aria-labelledby="boleto-title" className={paymentSectionClass}>
      <h2 id="boleto-title" className="text-lg font-semibold">
        {t('boleto.heading')}
      </h2>
      {payable ? <p className="text-sm text-slate-600">{t('boleto.instructions')}</p> : null}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-500">{t('boleto.due')}</dt>
        <dd data-testid="boleto-due">{due}</dd>
      </dl>
      <div className="flex flex-col gap-2">
        <p id="boleto-line-label" className="text-sm font-medium text-slate-700">
          {t('boleto.line')}
        </p>
        <p aria-labelledby="boleto-line-label" className="rounded-md bg-slate-50 p-3 font-mono text-sm break-all select-all" data-testid="boleto-line">
          {boleto.formattedLine}
        </p>
        {payable ? <CopyButton text={boleto.digitableLine} label={t('boleto.copy')} /> : null}
      </div>
      <InlineSvg svg={boletoBarcodeSvg(boleto.barcode)} stretch label={t('boleto.barcodeLabel')} testId="boleto-barcode" className="h-14 w-full bg-white" />
      <div className="flex flex-wrap gap-3">
        <a href={`/pay/${chargeUuid}/boleto`} className={secondaryButtonClass}>
          {t('boleto.slip')}
        </a>
        <a href={`/pay/${chargeUuid}/boleto.pdf`} className={secondaryButtonClass} type="application/pdf">
          {t('boleto.pdf')}
        </a>
      </div>
    </section>
  );
}

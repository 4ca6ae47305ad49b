import { useTranslations } from 'next-intl';
import { CopyButton } from '@/components/pay/copy-button';
import { InlineSvg } from '@/components/pay/inline-svg';
import { Detail, DetailList } from '@/components/ui/details';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { BankSlipStatus } from '@/db/schema';
import { InvoiceDay } from './invoice-day';

const TONES: Record<BankSlipStatus, string> = {
  issued: 'bg-amber-50 text-amber-800 ring-amber-200',
  paid: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  expired: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/** The slip as the panel shows it: lib/invoices/slip.ts's InvoiceBankSlip, the fields read here. */
export interface BankSlipView {
  status: BankSlipStatus;
  amountMinor: bigint;
  dueDateIso: string;
  digitableLine: string;
  formattedLine: string;
}

/**
 * The invoice's bank slip as the owner pays it: the digitable line to copy into a banking app
 * (while it can still be paid), the barcode drawn on the server, and the printable PDF.
 */
export function BankSlipPanel({ slip, barcodeSvg, pdfHref }: { slip: BankSlipView; barcodeSvg: string; pdfHref: string }) {
  const t = useTranslations('invoices.slip');
  const { locale } = useFormatting();
  return (
    <div className="flex flex-col gap-4 pb-4">
      <DetailList>
        <Detail term={t('status')}>
          <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[slip.status]}`}>{t(`statuses.${slip.status}`)}</span>
        </Detail>
        <Detail term={t('dueDate')}>
          <InvoiceDay day={slip.dueDateIso} />
        </Detail>
        <Detail term={t('amount')}>
          <span data-testid="bank-slip-amount">{formatMoney(slip.amountMinor, 'BRL', locale)}</span>
        </Detail>
      </DetailList>
      <div className="flex flex-col gap-2 px-4">
        <p id="invoice-slip-line-label" className="text-sm font-medium text-slate-700">
          {t('line')}
        </p>
        <p aria-labelledby="invoice-slip-line-label" className="font-mono text-sm break-all select-all" data-testid="bank-slip-line">
          {slip.formattedLine}
        </p>
        {slip.status === 'issued' ? <CopyButton text={slip.digitableLine} label={t('copy')} /> : null}
      </div>
      <InlineSvg svg={barcodeSvg} stretch label={t('barcode')} testId="bank-slip-barcode" className="mx-4 h-14 max-w-md bg-white" />
      <p className="px-4 text-sm">
        <a href={pdfHref} className="text-brand-700 hover:underline">
          {t('pdf')}
        </a>
      </p>
    </div>
  );
}

import { useTranslations } from 'next-intl';
import { formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { InvoiceItemType } from '@/db/schema';
import type { InvoiceItemRow } from '@/lib/payment-instruments/queries';

/** What an overdue invoice added to the one it carried to: the payer's cost of paying late, worth a second look. */
const LATE_CHARGES: readonly InvoiceItemType[] = ['late_fine', 'late_interest'];

/** An invoice's lines in the order they came: what each is, which installment, how much (refunds negative). */
export function InvoiceItemsTable({ items }: { items: InvoiceItemRow[] }) {
  const t = useTranslations('invoices');
  const { locale } = useFormatting();
  const shown = items.filter((item) => item.status !== 'canceled');
  if (shown.length === 0) return <p className="px-4 py-6 text-sm text-slate-600">{t('items.empty')}</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-label={t('items.table')} className="w-full text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="px-4 py-2 font-medium">{t('items.description')}</th>
            <th className="px-4 py-2 font-medium">{t('items.type')}</th>
            <th className="px-4 py-2 font-medium">{t('items.installment')}</th>
            <th className="px-4 py-2 text-right font-medium">{t('items.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item) => {
            const late = LATE_CHARGES.includes(item.itemType);
            return (
              <tr key={item.invoiceItemKey} className={`border-t border-slate-100 align-top ${late ? 'bg-amber-50' : ''}`}>
                <th scope="row" className="px-4 py-2 text-left font-medium">
                  {item.description}
                  {late ? <span className="block text-xs font-normal text-amber-800">{t('items.lateCharge')}</span> : null}
                </th>
                <td className="px-4 py-2">{t(`itemTypes.${item.itemType}`)}</td>
                <td className="px-4 py-2 tabular-nums">{t('items.installmentOf', { number: item.installmentNumber, count: item.installmentCount })}</td>
                <td className={`px-4 py-2 text-right tabular-nums ${late ? 'font-medium text-amber-900' : ''}`}>{formatMoney(item.amountMinor, 'BRL', locale)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslations } from 'next-intl';
import { formatDateTime, formatMoney } from '@/components/ui/format';
import { useFormatting } from '@/components/ui/use-formatting';
import type { InstrumentEntryDetail, InvoiceItemRow } from '@/lib/payment-instruments/queries';

/** A due date (a calendar day, no zone of its own) as the reader writes it: "Jan 25, 2027". */
function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * The wallet's recent card purchases, newest first: where, how much, their status and
 * installments, told in the reader's zone, each with the invoice items it became.
 */
export function CardEntries({
  entries,
  total,
  lastFourOf,
}: {
  entries: InstrumentEntryDetail[];
  total: number;
  /** Each card's last four digits by its key, for the card column. */
  lastFourOf: Record<string, string>;
}) {
  const t = useTranslations('creditCards.entries');
  const formatting = useFormatting();
  const brl = (minor: bigint) => formatMoney(minor, 'BRL', formatting.locale);
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t('empty')}</p>;

  const item = (line: InvoiceItemRow) => {
    const due = <time dateTime={line.dueDate}>{formatDay(line.dueDate, formatting.locale)}</time>;
    return (
      <li key={line.invoiceItemKey}>
        {line.amountMinor < 0n
          ? t.rich('refundItem', { amount: brl(line.amountMinor), due: () => due })
          : t.rich('item', { number: line.installmentNumber, count: line.installmentCount, amount: brl(line.amountMinor), due: () => due })}
      </li>
    );
  };

  return (
    <div className="flex flex-col gap-2">
      <table aria-label={t('table')} className="w-full text-sm">
        <thead className="text-left text-slate-500">
          <tr>
            <th className="px-3 py-2 font-medium">{t('date')}</th>
            <th className="px-3 py-2 font-medium">{t('merchant')}</th>
            <th className="px-3 py-2 font-medium">{t('card')}</th>
            <th className="px-3 py-2 font-medium">{t('amount')}</th>
            <th className="px-3 py-2 font-medium">{t('installments')}</th>
            <th className="px-3 py-2 font-medium">{t('status')}</th>
            <th className="px-3 py-2 font-medium">{t('invoiceItems')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const lastFour = lastFourOf[entry.paymentInstrumentKey];
            return (
              <tr key={entry.paymentInstrumentEntryKey} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, formatting)}</time>
                </td>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {entry.merchantData.merchant_name}
                </th>
                <td className="px-3 py-2 whitespace-nowrap">{lastFour ? t('cardEnding', { lastFour }) : '—'}</td>
                <td className="px-3 py-2 whitespace-nowrap">{brl(entry.amountMinor)}</td>
                <td className="px-3 py-2">{t('installmentCount', { count: entry.installmentCount })}</td>
                <td className="px-3 py-2">{t(`statuses.${entry.status}`)}</td>
                <td className="px-3 py-2">
                  {entry.invoiceItems.length > 0 ? <ul className="flex flex-col gap-0.5 text-xs">{entry.invoiceItems.map(item)}</ul> : <span className="text-xs text-slate-500">{t('noItems')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {total > entries.length ? <p className="text-xs text-slate-500">{t('newest', { shown: entries.length, total })}</p> : null}
    </div>
  );
}

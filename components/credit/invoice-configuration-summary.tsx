import { useTranslations } from 'next-intl';
import type { DateRule, InvoiceConfiguration, PayrollInvoiceConfiguration } from '@/lib/credit/invoice-configuration';

/** A stored invoice configuration in words, for the wallet page, in the reader's language. */
export function InvoiceConfigurationSummary({ config }: { config: InvoiceConfiguration | PayrollInvoiceConfiguration }) {
  const t = useTranslations('summary');
  const fields = useTranslations('invoiceFields');
  const closing = config.closing_date_configuration;
  const due = config.due_date_configuration;
  const describeRule = (rule: DateRule) =>
    t('rule', {
      occurrence: fields(`occurrence.${rule.occurrence}`).toLowerCase(),
      weekday: fields(`weekday.${rule.day_of_week}`).toLowerCase(),
      fallback: fields(`fallback.${rule.fallback_strategy}`).toLowerCase(),
    });
  const offset = due.offset_months === 0 ? t('inClosingMonth') : t('monthsAfter', { count: due.offset_months });
  const rows: [string, string][] = [
    [t('closing'), closing.type === 'fixed' ? t('day', { day: closing.fixed_day }) : describeRule(closing.rule)],
    [t('due'), `${due.type === 'fixed' ? t('day', { day: due.fixed_day }) : describeRule(due.rule)}, ${offset}`],
    [t('payment'), fields('bankSlip')],
  ];
  if ('monthly_interest_percentage' in config) {
    rows.push([t('interest'), t('interestValue', { rate: config.monthly_interest_percentage })], [t('fine'), `${config.fine_percentage}%`]);
  }
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
      {rows.map(([term, description]) => (
        <div key={term} className="contents">
          <dt className="text-slate-500">{term}</dt>
          <dd className="text-slate-900">{description}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { DateRule, InvoiceConfiguration, PayrollInvoiceConfiguration } from '@/lib/credit/invoice-configuration';

/** A stored invoice configuration in words, for the wallet page. */
export function InvoiceConfigurationSummary({ config }: { config: InvoiceConfiguration | PayrollInvoiceConfiguration }) {
  const closing = config.closing_date_configuration;
  const due = config.due_date_configuration;
  const rows: [string, string][] = [
    ['Closing', closing.type === 'fixed' ? `Day ${closing.fixed_day}` : describeRule(closing.rule)],
    ['Due', `${due.type === 'fixed' ? `Day ${due.fixed_day}` : describeRule(due.rule)}, ${describeOffset(due.offset_months)}`],
    ['Payment', 'Bank slip'],
  ];
  if ('monthly_interest_percentage' in config) {
    rows.push(['Interest', `${config.monthly_interest_percentage}% a month, calendar days`], ['Fine', `${config.fine_percentage}%`]);
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

const words = (value: string) => value.replace(/_/g, ' ');

function describeRule(rule: DateRule): string {
  return `${words(rule.occurrence)} ${rule.day_of_week} of the month (${words(rule.fallback_strategy)} if not a business day)`;
}

function describeOffset(months: number): string {
  if (months === 0) return 'in the closing month';
  return months === 1 ? '1 month after closing' : `${months} months after closing`;
}

'use client';

import type { ReactNode } from 'react';
import {
  isBusinessDay,
  nonBusinessReason,
  todayInBrazil,
  weekdayOf,
  WEEKDAY_NAMES,
  type IsoDate,
} from '@/lib/banking-calendar';
import {
  invoiceConfigurationProblem,
  invoiceDateRulesSchema,
  upcomingInvoiceDates,
  type InvoiceDates,
} from '@/lib/credit/invoice-configuration';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Fri, 2026-04-03": the weekday makes the banking calendar visible, ISO keeps the date unambiguous. */
export function formatPreviewDate(date: IsoDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(date)].slice(0, 3)}, ${date}`;
}

/**
 * The next invoices' closing and due dates for a configuration being edited, computed in the
 * browser on the banking calendar as the user types. `config` is whatever the form holds (maybe
 * incomplete); it is read with the same schema and rules as the API, so the preview shows exactly
 * what creating the wallet would accept, or the rule (CIN code and message) it would break.
 */
export function InvoiceDatesPreview({ config, from, count = 12 }: { config: unknown; from?: IsoDate; count?: number }) {
  return (
    <section aria-label="Invoice dates preview" className="flex flex-col gap-2">
      <PreviewBody config={config} from={from} count={count} />
    </section>
  );
}

function PreviewBody({ config, from, count }: { config: unknown; from?: IsoDate; count: number }) {
  const parsed = invoiceDateRulesSchema.safeParse(config);
  if (!parsed.success) {
    return <PreviewMessage>Complete the closing and due dates to preview the next invoices.</PreviewMessage>;
  }
  const start = from ?? todayInBrazil();
  // The server's verdict, over its fixed window: the same whatever day the preview is looked at.
  const problem = invoiceConfigurationProblem(parsed.data);
  if (problem) {
    const { closing_date, due_date } = problem.details as { closing_date?: IsoDate; due_date?: IsoDate };
    return (
      <PreviewMessage tone="error">
        <strong>{problem.code}</strong>: {problem.message}.
        {closing_date && due_date
          ? ` The invoice closing ${formatPreviewDate(closing_date)} would fall due ${formatPreviewDate(due_date)}.`
          : null}
      </PreviewMessage>
    );
  }
  const invoices = upcomingInvoiceDates(parsed.data, start, count);
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="px-3 py-2 text-left text-sm font-semibold text-slate-800">{`Next ${count} invoices`}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">
              Invoice
            </th>
            <th scope="col" className="px-3 py-2">
              Closing date
            </th>
            <th scope="col" className="px-3 py-2">
              Due date
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {invoices.map((invoice) => (
            <tr key={`${invoice.year}-${invoice.month}`}>
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-700">
                {`${MONTH_NAMES[invoice.month - 1]} ${invoice.year}`}
              </th>
              <DateCell date={invoice.closingDate} movedFrom={invoice.closingMovedFrom} />
              <DateCell date={invoice.dueDate} movedFrom={invoice.dueMovedFrom} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DateCell({ date, movedFrom }: { date: IsoDate; movedFrom: InvoiceDates['closingMovedFrom'] }) {
  const note = movedFrom
    ? `moved from ${formatPreviewDate(movedFrom)} (${nonBusinessReason(movedFrom)})`
    : isBusinessDay(date)
      ? null
      : `not a business day (${nonBusinessReason(date)})`;
  return (
    <td className="px-3 py-2 text-slate-800">
      <time dateTime={date}>{formatPreviewDate(date)}</time>
      {note ? (
        <>
          {' '}
          <span className="block text-xs text-amber-700">{note}</span>
        </>
      ) : null}
    </td>
  );
}

function PreviewMessage({ tone = 'info', children }: { tone?: 'info' | 'error'; children: ReactNode }) {
  return (
    <p
      role="status"
      className={`rounded-md px-3 py-2 text-sm ${tone === 'error' ? 'bg-red-50 text-red-800' : 'bg-slate-50 text-slate-600'}`}
    >
      {children}
    </p>
  );
}

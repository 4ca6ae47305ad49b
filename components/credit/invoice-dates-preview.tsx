'use client';

import { useLocale, useTranslations } from 'next-intl';
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

/**
 * "Fri, 2026-04-03" ("sex., 2026-04-03" in pt-BR): the weekday makes the banking calendar
 * visible, ISO keeps the date unambiguous.
 */
export function formatPreviewDate(date: IsoDate, locale = 'en'): string {
  if (locale === 'en') return `${WEEKDAY_NAMES[weekdayOf(date)].slice(0, 3)}, ${date}`;
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  return `${weekday}, ${date}`;
}

/** "June 2026", "junho de 2026": an invoice's month as the reader names it. */
function formatInvoiceMonth(year: number, month: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
}

/**
 * The next invoices' closing and due dates for a configuration being edited, computed in the
 * browser on the banking calendar as the user types. `config` is whatever the form holds (maybe
 * incomplete); it is read with the same schema and rules as the API, so the preview shows exactly
 * what creating the wallet would accept, or the rule (CIN code and message) it would break.
 */
export function InvoiceDatesPreview({ config, from, count = 12 }: { config: unknown; from?: IsoDate; count?: number }) {
  const t = useTranslations('preview');
  return (
    <section aria-label={t('label')} className="flex flex-col gap-2">
      <PreviewBody config={config} from={from} count={count} />
    </section>
  );
}

function PreviewBody({ config, from, count }: { config: unknown; from?: IsoDate; count: number }) {
  const t = useTranslations('preview');
  const locale = useLocale();
  const parsed = invoiceDateRulesSchema.safeParse(config);
  if (!parsed.success) {
    return <PreviewMessage>{t('incomplete')}</PreviewMessage>;
  }
  const start = from ?? todayInBrazil();
  // The server's verdict, over its fixed window: the same whatever day the preview is looked at.
  const problem = invoiceConfigurationProblem(parsed.data);
  if (problem) {
    const { closing_date, due_date } = problem.details as { closing_date?: IsoDate; due_date?: IsoDate };
    return (
      <PreviewMessage tone="error">
        <strong>{problem.code}</strong>: {locale === 'pt-BR' ? problem.translation : problem.message}.
        {closing_date && due_date ? ` ${t('collision', { closing: formatPreviewDate(closing_date, locale), due: formatPreviewDate(due_date, locale) })}` : null}
      </PreviewMessage>
    );
  }
  const invoices = upcomingInvoiceDates(parsed.data, start, count);
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="px-3 py-2 text-left text-sm font-semibold text-slate-800">{t('caption', { count })}</caption>
        <thead className="bg-slate-50 text-left text-xs uppercase text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t('invoice')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('closing')}
            </th>
            <th scope="col" className="px-3 py-2">
              {t('due')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {invoices.map((invoice) => (
            <tr key={`${invoice.year}-${invoice.month}`}>
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-700">
                {formatInvoiceMonth(invoice.year, invoice.month, locale)}
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
  const t = useTranslations('preview');
  const locale = useLocale();
  const note = movedFrom
    ? t('movedFrom', { date: formatPreviewDate(movedFrom, locale), reason: nonBusinessReason(movedFrom) ?? '' })
    : isBusinessDay(date)
      ? null
      : t('notBusinessDay', { reason: nonBusinessReason(date) ?? '' });
  return (
    <td className="px-3 py-2 text-slate-800">
      <time dateTime={date}>{formatPreviewDate(date, locale)}</time>
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

import { describe, expect, it } from 'vitest';
import { renderInEnglish as renderToStaticMarkup } from '@/components/ui/render-in-english';
import { InvoiceDatesPreview } from './invoice-dates-preview';

const rows = (html: string) => [...html.matchAll(/<tr><th scope="row"[^>]*>([^<]*)<\/th>(.*?)<\/tr>/g)].map(([, month, cells]) => ({
  month,
  dates: [...cells!.matchAll(/<time dateTime="([^"]+)">/g)].map((m) => m[1]),
  notes: [...cells!.matchAll(/<span[^>]*>([^<]*)<\/span>/g)].map((m) => m[1]),
}));

const SEED = {
  closing_date_configuration: { type: 'fixed', fixed_day: 15 },
  due_date_configuration: { type: 'fixed', fixed_day: 20, offset_months: 0 },
};

describe('InvoiceDatesPreview', () => {
  it('tabulates the next 12 invoices with weekday names and moved-date notes', () => {
    const html = renderToStaticMarkup(<InvoiceDatesPreview config={SEED} from="2026-05-16" />);
    expect(html).toMatch(/^<section aria-label="Invoice dates preview"/);
    expect(html).toContain('<caption');
    expect(html).toContain('Next 12 invoices</caption>');
    const table = rows(html);
    expect(table).toHaveLength(12);
    expect(table[0]).toEqual({
      month: 'June 2026',
      dates: ['2026-06-15', '2026-06-22'],
      notes: ['moved from Sat, 2026-06-20 (Saturday)'],
    });
    expect(table[5]).toEqual({
      month: 'November 2026',
      dates: ['2026-11-15', '2026-11-23'],
      notes: ['not a business day (Republic Proclamation Day)', 'moved from Fri, 2026-11-20 (Black Consciousness Day)'],
    });
    expect(html).toContain('Mon, 2026-06-15');
    expect(table[11]?.month).toBe('May 2027');
  });

  it('follows a rule-based configuration and its fallback', () => {
    const config = {
      closing_date_configuration: { type: 'rule_based', rule: { day_of_week: 'friday', occurrence: 'first', fallback_strategy: 'next_business_day' } },
      due_date_configuration: { type: 'fixed', fixed_day: 10, offset_months: 1 },
    };
    const [april] = rows(renderToStaticMarkup(<InvoiceDatesPreview config={config} from="2026-04-01" count={3} />));
    expect(april).toEqual({ month: 'April 2026', dates: ['2026-04-06', '2026-05-11'], notes: ['moved from Fri, 2026-04-03 (Good Friday)', 'moved from Sun, 2026-05-10 (Sunday)'] });
  });

  it('asks for the missing fields of an incomplete configuration', () => {
    const html = renderToStaticMarkup(
      <InvoiceDatesPreview config={{ ...SEED, due_date_configuration: { type: 'fixed', fixed_day: Number.NaN, offset_months: 0 } }} from="2026-01-01" />,
    );
    expect(html).toContain('role="status"');
    expect(html).toContain('Complete the closing and due dates to preview the next invoices.');
    expect(html).not.toContain('<table');
    expect(renderToStaticMarkup(<InvoiceDatesPreview config={undefined} />)).toContain('Complete the closing and due dates');
  });

  it('shows the rule a configuration breaks', () => {
    const tooClose = { ...SEED, due_date_configuration: { type: 'fixed', fixed_day: 16, offset_months: 0 } };
    expect(renderToStaticMarkup(<InvoiceDatesPreview config={tooClose} from="2026-01-01" />)).toContain(
      '<strong>CIN000063</strong>: Expiration date too close to closing date.',
    );
    const ruleDue = {
      closing_date_configuration: { type: 'rule_based', rule: { day_of_week: 'monday', occurrence: 'first', fallback_strategy: 'same_day' } },
      due_date_configuration: { type: 'rule_based', offset_months: 0, rule: { day_of_week: 'tuesday', occurrence: 'first', fallback_strategy: 'same_day' } },
    };
    expect(renderToStaticMarkup(<InvoiceDatesPreview config={ruleDue} from="2026-01-01" />)).toContain('CIN000064');
    const close = { ...ruleDue, due_date_configuration: { ...ruleDue.due_date_configuration, offset_months: 1 } };
    expect(renderToStaticMarkup(<InvoiceDatesPreview config={close} from="2026-01-01" />)).toContain(
      '<strong>CIN000065</strong>: Weekdays too close for rule-based configuration.',
    );
    const collision = {
      closing_date_configuration: { type: 'rule_based', rule: { day_of_week: 'friday', occurrence: 'last', fallback_strategy: 'next_business_day' } },
      due_date_configuration: { type: 'rule_based', offset_months: 1, rule: { day_of_week: 'monday', occurrence: 'first', fallback_strategy: 'next_business_day' } },
    };
    expect(renderToStaticMarkup(<InvoiceDatesPreview config={collision} from="2026-01-01" />)).toContain(
      'The invoice closing Mon, 2029-04-02 would fall due Mon, 2029-04-02.',
    );
  });
});

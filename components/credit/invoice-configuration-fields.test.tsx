import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import { renderInEnglish as renderToStaticMarkup } from '@/components/ui/render-in-english';
import { describe, expect, it } from 'vitest';
import { invoiceConfigurationSchema } from '@/lib/credit/invoice-configuration';
import { InvoiceConfigurationFields, invoiceConfigurationFormDefaults } from './invoice-configuration-fields';

type Values = { invoice_configuration: Record<string, unknown> };

function Form({ values, walletType = 'default', errors }: { values: Record<string, unknown>; walletType?: 'default' | 'payroll'; errors?: FieldErrors<Values> }) {
  const form = useForm<Values>({ defaultValues: { invoice_configuration: values }, errors });
  return (
    <FormProvider {...form}>
      <InvoiceConfigurationFields walletType={walletType} />
    </FormProvider>
  );
}

/** The labels rendered, in order. */
const labels = (html: string) => [...html.matchAll(/<label for="([^"]+)"[^>]*>([^<]+)<\/label>/g)].map((m) => m[2]);

const ruleBased = {
  ...invoiceConfigurationFormDefaults,
  closing_date_configuration: { ...invoiceConfigurationFormDefaults.closing_date_configuration, type: 'rule_based' },
  due_date_configuration: { ...invoiceConfigurationFormDefaults.due_date_configuration, type: 'rule_based', offset_months: 1 },
};

describe('InvoiceConfigurationFields', () => {
  it('shows the fixed-day inputs and the interest fields of a default wallet', () => {
    expect(labels(renderToStaticMarkup(<Form values={invoiceConfigurationFormDefaults} />))).toEqual([
      'Closing date type',
      'Closing day',
      'Due date type',
      'Due day',
      'Months after closing',
      'Invoice payment type',
      'Interest base',
      'Monthly interest (%)',
      'Fine (%)',
    ]);
  });

  it('shows the weekday rule inputs for rule-based dates', () => {
    expect(labels(renderToStaticMarkup(<Form values={ruleBased} />))).toEqual([
      'Closing date type',
      'Closing weekday',
      'Closing occurrence',
      'Closing fallback',
      'Due date type',
      'Due weekday',
      'Due occurrence',
      'Due fallback',
      'Months after closing',
      'Invoice payment type',
      'Interest base',
      'Monthly interest (%)',
      'Fine (%)',
    ]);
  });

  it('hides the interest fields of a payroll wallet', () => {
    const shown = labels(renderToStaticMarkup(<Form values={invoiceConfigurationFormDefaults} walletType="payroll" />));
    expect(shown).not.toContain('Interest base');
    expect(shown).not.toContain('Monthly interest (%)');
    expect(shown).not.toContain('Fine (%)');
    expect(shown).toContain('Invoice payment type');
  });

  // Values reach these uncontrolled inputs through react-hook-form's refs in the browser, so only
  // names and options are visible in server-rendered markup.
  it('registers the wire names, with the wire enums as option values', () => {
    const html = renderToStaticMarkup(<Form values={ruleBased} />);
    expect(html).toContain('name="invoice_configuration.closing_date_configuration.rule.day_of_week"');
    expect(html).toContain('<option value="friday">Friday</option>');
    expect(html).toContain('<option value="previous_business_day">Previous business day</option>');
    expect(html).toContain('<option value="rule_based">Weekday rule</option>');
    expect(html).toContain('name="invoice_configuration.due_date_configuration.offset_months"');
    expect(html).toContain('name="invoice_configuration.monthly_interest_percentage"');
    expect(html).toContain('<option value="calendar_days">Calendar days</option>');
  });

  it('shows a field error tied to its input', () => {
    const errors = {
      invoice_configuration: { closing_date_configuration: { fixed_day: { type: 'custom', message: 'Enter a day from 1 to 27' } } },
    } as FieldErrors<Values>;
    const html = renderToStaticMarkup(<Form values={invoiceConfigurationFormDefaults} errors={errors} />);
    expect(html).toMatch(/<input id="invoice_configuration-closing_date_configuration-fixed_day"[^>]*aria-invalid="true"[^>]*aria-describedby="invoice_configuration-closing_date_configuration-fixed_day-error"/);
    expect(html).toContain('<p id="invoice_configuration-closing_date_configuration-fixed_day-error" role="alert" class="text-xs text-red-700">Enter a day from 1 to 27</p>');
  });

  it('has defaults the API schema accepts as the seed example', () => {
    const parsed = invoiceConfigurationSchema.parse(invoiceConfigurationFormDefaults);
    expect(parsed).toEqual({
      closing_date_configuration: { type: 'fixed', fixed_day: 15 },
      due_date_configuration: { type: 'fixed', fixed_day: 20, offset_months: 0 },
      invoice_payment_type: 'bank_slip',
      interest_base: 'calendar_days',
      monthly_interest_percentage: '2.0',
      fine_percentage: '2.0',
    });
  });
});

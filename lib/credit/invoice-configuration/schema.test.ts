import { describe, expect, it } from 'vitest';
import { parseJson, stringifyJson } from '@/lib/http/json';
import { invoiceConfigurationSchema, payrollInvoiceConfigurationSchema, percentageScaled, percentageSchema, toWire } from '.';

// The request body of seed 002 and the rule-based dates of the provider's list example.
const SEED_FIXED = `{
  "closing_date_configuration": {"type": "fixed", "fixed_day": 15},
  "due_date_configuration": {"type": "fixed", "fixed_day": 20, "offset_months": 0},
  "invoice_payment_type": "bank_slip",
  "interest_base": "calendar_days",
  "monthly_interest_percentage": 2.0,
  "fine_percentage": 2.0
}`;
const SEED_RULE_BASED = `{
  "closing_date_configuration": {"type": "rule_based", "rule": {"day_of_week": "friday", "occurrence": "last", "fallback_strategy": "previous_business_day"}},
  "due_date_configuration": {"type": "rule_based", "offset_months": 1, "rule": {"day_of_week": "monday", "occurrence": "first", "fallback_strategy": "next_business_day"}},
  "invoice_payment_type": "bank_slip",
  "interest_base": "calendar_days",
  "monthly_interest_percentage": 1.99,
  "fine_percentage": 2
}`;

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}

describe('invoiceConfigurationSchema', () => {
  it('parses the seed body and answers it with the same digits', () => {
    const parsed = invoiceConfigurationSchema.parse(parseJson(SEED_FIXED));
    expect(parsed.monthly_interest_percentage).toBe('2.0');
    expect(stringifyJson(toWire(parsed))).toBe(JSON.stringify(JSON.parse(SEED_FIXED)).replace(/:2(?=[,}])/g, ':2.0'));
  });

  it('parses rule-based dates and keeps percentages exact', () => {
    const parsed = invoiceConfigurationSchema.parse(parseJson(SEED_RULE_BASED));
    expect(parsed.closing_date_configuration).toEqual({
      type: 'rule_based',
      rule: { day_of_week: 'friday', occurrence: 'last', fallback_strategy: 'previous_business_day' },
    });
    expect(parsed.monthly_interest_percentage).toBe('1.99');
    expect(parsed.fine_percentage).toBe('2');
    expect(stringifyJson(toWire(parsed))).toContain('"monthly_interest_percentage":1.99,"fine_percentage":2}');
  });

  it('re-parses its own stored form (percentages as text) to the same value', () => {
    const parsed = invoiceConfigurationSchema.parse(parseJson(SEED_RULE_BASED));
    const stored = JSON.parse(JSON.stringify(parsed));
    expect(invoiceConfigurationSchema.parse(stored)).toEqual(parsed);
  });

  it('drops the other type\'s fields when the type is switched (as a form keeps them)', () => {
    const body = {
      ...JSON.parse(SEED_FIXED),
      closing_date_configuration: { type: 'fixed', fixed_day: 5, rule: { day_of_week: 'monday' } },
    };
    expect(invoiceConfigurationSchema.parse(body).closing_date_configuration).toEqual({ type: 'fixed', fixed_day: 5 });
  });

  it.each([
    ['closing_date_configuration', { type: 'fixed', fixed_day: 0 }, 'closing_date_configuration.fixed_day'],
    ['closing_date_configuration', { type: 'fixed', fixed_day: 28 }, 'closing_date_configuration.fixed_day'],
    ['closing_date_configuration', { type: 'fixed', fixed_day: 1.5 }, 'closing_date_configuration.fixed_day'],
    ['closing_date_configuration', { type: 'weekly' }, 'closing_date_configuration.type'],
    ['closing_date_configuration', { type: 'rule_based' }, 'closing_date_configuration.rule'],
    [
      'closing_date_configuration',
      { type: 'rule_based', rule: { day_of_week: 'Monday', occurrence: 'first', fallback_strategy: 'same_day' } },
      'closing_date_configuration.rule.day_of_week',
    ],
    [
      'closing_date_configuration',
      { type: 'rule_based', rule: { day_of_week: 'monday', occurrence: 'fifth', fallback_strategy: 'same_day' } },
      'closing_date_configuration.rule.occurrence',
    ],
    [
      'closing_date_configuration',
      { type: 'rule_based', rule: { day_of_week: 'monday', occurrence: 'first', fallback_strategy: 'nearest' } },
      'closing_date_configuration.rule.fallback_strategy',
    ],
    ['due_date_configuration', { type: 'fixed', fixed_day: 1, offset_months: 1 }, 'due_date_configuration.fixed_day'],
    ['due_date_configuration', { type: 'fixed', fixed_day: 20 }, 'due_date_configuration.offset_months'],
    ['due_date_configuration', { type: 'fixed', fixed_day: 20, offset_months: -1 }, 'due_date_configuration.offset_months'],
    ['due_date_configuration', { type: 'fixed', fixed_day: 20, offset_months: 13 }, 'due_date_configuration.offset_months'],
    [
      'due_date_configuration',
      { type: 'rule_based', rule: { day_of_week: 'monday', occurrence: 'first', fallback_strategy: 'same_day' } },
      'due_date_configuration.offset_months',
    ],
    ['invoice_payment_type', 'pix', 'invoice_payment_type'],
    ['interest_base', 'business_days', 'interest_base'],
    ['monthly_interest_percentage', undefined, 'monthly_interest_percentage'],
    ['fine_percentage', null, 'fine_percentage'],
  ])('refuses %s = %j at %s', (key, value, path) => {
    const body = { ...JSON.parse(SEED_FIXED), [key]: value };
    const result = invoiceConfigurationSchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(Object.keys(issuesOf(result))).toContain(path);
  });
});

describe('payrollInvoiceConfigurationSchema', () => {
  it('accepts a configuration without interest fields and answers without them', () => {
    const body = JSON.parse(SEED_FIXED);
    delete body.interest_base;
    delete body.monthly_interest_percentage;
    delete body.fine_percentage;
    const parsed = payrollInvoiceConfigurationSchema.parse(body);
    expect(stringifyJson(toWire(parsed))).toBe(JSON.stringify(body));
  });

  it('drops interest fields a client sends anyway', () => {
    const parsed = payrollInvoiceConfigurationSchema.parse(parseJson(SEED_FIXED));
    expect(parsed).not.toHaveProperty('monthly_interest_percentage');
    expect(parsed).not.toHaveProperty('interest_base');
  });

  it('the default schema requires them', () => {
    const body = JSON.parse(SEED_FIXED);
    delete body.interest_base;
    expect(Object.keys(issuesOf(invoiceConfigurationSchema.safeParse(body)))).toEqual(['interest_base']);
  });
});

describe('percentageSchema', () => {
  it.each([
    [parseJson('2.0'), '2.0'],
    [parseJson('100.0000'), '100.0000'],
    [parseJson('0'), '0'],
    [0.5, '0.5'],
    ['02.50', '2.50'],
    [' 1.2345 ', '1.2345'],
  ])('reads %j as %s', (input, text) => {
    expect(percentageSchema.parse(input)).toBe(text);
  });

  it.each([parseJson('100.0001'), '-1', -0.5, '1.23456', 'abc', '', '1e2', '.5', '2.', true, null])('refuses %j', (input) => {
    expect(percentageSchema.safeParse(input).success).toBe(false);
  });

  it('scales to ten-thousandths of a percent for exact arithmetic', () => {
    expect(percentageScaled('2.5')).toBe(25000n);
    expect(percentageScaled('100')).toBe(1_000_000n);
  });
});

describe('numbers written with extra digits', () => {
  const body = (closing: string, interest: string) =>
    parseJson(SEED_FIXED.replace('"fixed_day": 15', `"fixed_day": ${closing}`).replace('"monthly_interest_percentage": 2.0', `"monthly_interest_percentage": ${interest}`));

  it('accepts zeros past a percentage\'s fourth decimal, as amounts do', () => {
    const parsed = invoiceConfigurationSchema.parse(body('15', '2.500000'));
    expect(parsed.monthly_interest_percentage).toBe('2.5000');
  });

  it('tells an integer field given 15.0 that it wants an integer', () => {
    const issue = invoiceConfigurationSchema.safeParse(body('15.0', '2.0')).error?.issues[0];
    expect(issue?.path).toEqual(['closing_date_configuration', 'fixed_day']);
    expect(issue?.message).toBe('Must be an integer, such as 15 (not 15.0): enter a day from 1 to 27');
  });
});

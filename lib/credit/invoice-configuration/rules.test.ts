import { describe, expect, it } from 'vitest';
import { toQiBody } from '@/lib/errors/dialects';
import { assertInvoiceConfiguration, invoiceConfigurationProblem, RULE_CHECK_HORIZON_YEAR, type DateRule, type InvoiceDateRules } from '.';

const FROM = '2026-01-01';

function rule(day_of_week: DateRule['day_of_week'], occurrence: DateRule['occurrence'], fallback_strategy: DateRule['fallback_strategy']) {
  return { day_of_week, occurrence, fallback_strategy };
}
function fixedFixed(closing: number, due: number, offset_months: number): InvoiceDateRules {
  return {
    closing_date_configuration: { type: 'fixed', fixed_day: closing },
    due_date_configuration: { type: 'fixed', fixed_day: due, offset_months },
  };
}
function ruleRule(closing: DateRule, due: DateRule, offset_months: number): InvoiceDateRules {
  return {
    closing_date_configuration: { type: 'rule_based', rule: closing },
    due_date_configuration: { type: 'rule_based', offset_months, rule: due },
  };
}
const codeOf = (config: InvoiceDateRules) => invoiceConfigurationProblem(config, { from: FROM })?.code ?? null;

describe('assertInvoiceConfiguration', () => {
  it('throws the seed\'s errors with their exact texts in the QI dialect', () => {
    expect(() => assertInvoiceConfiguration(fixedFixed(15, 16, 0), { from: FROM })).toThrow(
      'Expiration date too close to closing date',
    );
    const cases: [InvoiceDateRules, object][] = [
      [
        fixedFixed(15, 16, 0),
        {
          title: 'Bad Request',
          code: 'CIN000063',
          description: 'Expiration date too close to closing date',
          translation: 'Data de vencimento muito próxima da data de fechamento',
        },
      ],
      [
        ruleRule(rule('monday', 'first', 'same_day'), rule('friday', 'first', 'same_day'), 0),
        {
          title: 'Bad Request',
          code: 'CIN000064',
          description: 'Invalid offset months for rule-based configuration',
          translation: 'Meses de offset inválidos para configuração baseada em regras',
        },
      ],
      [
        ruleRule(rule('monday', 'first', 'same_day'), rule('tuesday', 'first', 'same_day'), 1),
        {
          title: 'Bad Request',
          code: 'CIN000065',
          description: 'Weekdays too close for rule-based configuration',
          translation: 'Dias da semana muito próximos para configuração baseada em regras',
        },
      ],
    ];
    for (const [config, body] of cases) {
      const problem = invoiceConfigurationProblem(config, { from: FROM });
      expect(problem?.status).toBe(400);
      expect(toQiBody(problem!)).toMatchObject(body);
    }
  });

  it('marks the due-date field each rule is about, by the path of the create body', () => {
    const fieldsOf = (config: InvoiceDateRules) => invoiceConfigurationProblem(config, { from: FROM })?.problems.map((p) => p.field);
    const DUE = 'invoice_configuration.due_date_configuration';
    expect(fieldsOf(fixedFixed(15, 16, 0))).toEqual([`${DUE}.fixed_day`]);
    expect(fieldsOf(ruleRule(rule('monday', 'first', 'same_day'), rule('friday', 'first', 'same_day'), 0))).toEqual([`${DUE}.offset_months`]);
    expect(fieldsOf(ruleRule(rule('monday', 'first', 'same_day'), rule('tuesday', 'first', 'same_day'), 1))).toEqual([`${DUE}.rule.day_of_week`]);
  });

  it('passes the seed\'s own configuration', () => {
    expect(() => assertInvoiceConfiguration(fixedFixed(15, 20, 0), { from: FROM })).not.toThrow();
  });

  it.each([
    [10, 12, 0, null],
    [10, 11, 0, 'CIN000063'],
    [10, 10, 0, 'CIN000063'],
    [20, 5, 0, 'CIN000063'],
    [27, 2, 1, null],
    [1, 2, 1, null],
    [27, 27, 12, null],
  ])('fixed closing %i, fixed due %i, offset %i → %s', (closing, due, offset, code) => {
    expect(codeOf(fixedFixed(closing, due, offset))).toBe(code);
  });

  it('checks the configured days even where the calendar would widen the gap', () => {
    // 2026-02-15 is a Sunday before Carnival: the 16th would move to Wednesday the 18th, 3 days
    // after closing; the configured one-day gap is still refused.
    expect(codeOf(fixedFixed(15, 16, 0))).toBe('CIN000063');
  });

  it.each([
    ['monday', 'wednesday', null],
    ['wednesday', 'monday', null],
    ['friday', 'monday', null],
    ['monday', 'thursday', null],
    ['monday', 'monday', 'CIN000065'],
    ['monday', 'tuesday', 'CIN000065'],
    ['tuesday', 'monday', 'CIN000065'],
    ['sunday', 'monday', 'CIN000065'],
    ['saturday', 'sunday', 'CIN000065'],
  ] as const)('rule-based weekdays closing %s, due %s → %s', (closing, due, code) => {
    expect(codeOf(ruleRule(rule(closing, 'second', 'same_day'), rule(due, 'second', 'same_day'), 1))).toBe(code);
  });

  it('needs offset ≥ 1 for a rule-based due date whatever the closing type', () => {
    const mixed: InvoiceDateRules = {
      closing_date_configuration: { type: 'fixed', fixed_day: 1 },
      due_date_configuration: { type: 'rule_based', offset_months: 0, rule: rule('friday', 'last', 'same_day') },
    };
    expect(codeOf(mixed)).toBe('CIN000064');
    expect(codeOf({ ...mixed, due_date_configuration: { ...mixed.due_date_configuration, offset_months: 1 } })).toBeNull();
  });

  it('refuses a mixed configuration whose real dates come too close', () => {
    // The last Friday of a month is the 25th–31st: a fixed due day 27 in the same month is before it
    // or right after it in some month.
    const config: InvoiceDateRules = {
      closing_date_configuration: { type: 'rule_based', rule: rule('friday', 'last', 'previous_business_day') },
      due_date_configuration: { type: 'fixed', fixed_day: 27, offset_months: 0 },
    };
    const problem = invoiceConfigurationProblem(config, { from: FROM });
    expect(problem?.code).toBe('CIN000063');
    expect(problem?.details).toEqual({ closing_date: '2026-01-30', due_date: '2026-01-27' });
    const early: InvoiceDateRules = {
      ...config,
      closing_date_configuration: { type: 'rule_based', rule: rule('monday', 'first', 'next_business_day') },
    };
    expect(codeOf(early)).toBeNull();
  });

  it('finds a collision years ahead that only a fallback creates', () => {
    // Good Friday 2029-03-30 is March's last Friday; moved forward it closes on Monday 2 April,
    // which is also April's first Monday, the due date.
    const config = ruleRule(rule('friday', 'last', 'next_business_day'), rule('monday', 'first', 'next_business_day'), 1);
    const problem = invoiceConfigurationProblem(config, { from: FROM });
    expect(problem?.code).toBe('CIN000063');
    expect(problem?.details).toEqual({ closing_date: '2029-04-02', due_date: '2029-04-02' });
    // The next alignment is Good Friday 2040-03-30: asked after 2029 has passed, the configuration
    // is refused all the same, for 2040.
    expect(invoiceConfigurationProblem(config, { from: '2029-05-01' })?.details).toEqual({
      closing_date: '2040-04-02',
      due_date: '2040-04-02',
    });
  });

  it('gives one verdict whatever day it is asked, through the horizon year', () => {
    const config = ruleRule(rule('friday', 'last', 'next_business_day'), rule('monday', 'first', 'next_business_day'), 1);
    // Without a `from`, the fixed window decides: the first collision in it, not the next one from today.
    expect(invoiceConfigurationProblem(config)?.details).toEqual({ closing_date: '2029-04-02', due_date: '2029-04-02' });
    // Every cycle through December of the horizon year is looked at.
    const december: InvoiceDateRules = {
      closing_date_configuration: { type: 'fixed', fixed_day: 28 },
      due_date_configuration: { type: 'rule_based', offset_months: 1, rule: rule('monday', 'first', 'next_business_day') },
    };
    expect(invoiceConfigurationProblem(december, { from: `${RULE_CHECK_HORIZON_YEAR}-12-01` })).toBeNull();
  });

  it('passes the provider\'s list example once the due date moves forward off holidays', () => {
    // Closing on the last Friday backwards, due on the first Monday forwards: always ≥ 3 days apart.
    const config = ruleRule(rule('friday', 'last', 'previous_business_day'), rule('monday', 'first', 'next_business_day'), 1);
    expect(codeOf(config)).toBeNull();
    // With the due date moved backwards, Carnival Monday 2025-03-03 (March's first Monday) would be
    // due on Friday 2025-02-28, the closing day; the window from 2025 sees it.
    const backwards = ruleRule(rule('friday', 'last', 'previous_business_day'), rule('monday', 'first', 'previous_business_day'), 1);
    expect(invoiceConfigurationProblem(backwards, { from: '2025-01-01' })?.details).toEqual({
      closing_date: '2025-02-28',
      due_date: '2025-02-28',
    });
  });
});

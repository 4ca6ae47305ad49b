import { describe, expect, it } from 'vitest';
import { invoiceConfigurationProblem, invoiceConfigurationSchema } from '@/lib/credit/invoice-configuration';
import { invoiceConfigurationFormDefaults } from './invoice-configuration-fields';

describe("the wizard's invoice configuration defaults", () => {
  it.each([
    ['fixed', 'fixed'],
    ['fixed', 'rule_based'],
    ['rule_based', 'fixed'],
    ['rule_based', 'rule_based'],
  ] as const)('form a valid configuration with a %s closing and a %s due date', (closingType, dueType) => {
    const defaults = invoiceConfigurationFormDefaults;
    const due = defaults.due_date_configuration;
    const config = invoiceConfigurationSchema.parse({
      ...defaults,
      closing_date_configuration: { ...defaults.closing_date_configuration, type: closingType },
      // As the form does when a weekday is chosen on either side: the due date moves to the next month.
      due_date_configuration: { ...due, type: dueType, offset_months: closingType === 'rule_based' || dueType === 'rule_based' ? Math.max(1, due.offset_months) : due.offset_months },
    });
    expect(invoiceConfigurationProblem(config)).toBeNull();
  });
});

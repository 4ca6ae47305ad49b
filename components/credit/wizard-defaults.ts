import { invoiceConfigurationFormDefaults } from './invoice-configuration-fields';

/** Empty wizard values in the API body's shape, for react-hook-form's defaultValues. */

export function emptyNaturalPerson() {
  return {
    person_type: 'natural',
    name: '',
    document_number: '',
    birthdate: '',
    email: '',
    phone: { country_code: '55', area_code: '', number: '' },
    address: { postal_code: '', street: '', number: '', neighborhood: '', city: '', state: 'SP' },
  };
}

/**
 * A natural owner to start with; switching to a legal owner reuses the shared fields and finds
 * one representative ready to fill. Fields of the other person type stay in the form state and
 * are dropped by the schema.
 */
export function wizardDefaults(requestControlKey: string) {
  return {
    request_control_key: requestControlKey,
    wallet_type: 'default',
    owner: { ...emptyNaturalPerson(), trading_name: '', foundation_date: '', legal_representatives: [emptyNaturalPerson()] },
    invoice_configuration: invoiceConfigurationFormDefaults,
    limits: { postpaid_credit_limit: '', payroll_withdraw_limit: '' },
  };
}

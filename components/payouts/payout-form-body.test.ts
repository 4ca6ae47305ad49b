import { describe, expect, it } from 'vitest';
import { payoutFieldOf, payoutProblems, toPayoutBody, type PayoutFormValues } from './payout-form-body';

const values: PayoutFormValues = {
  wallet_uuid: '00000000-0000-4000-8000-000000000002',
  pix_address_key_type: 'email',
  pix_address_key: 'joana@example.com',
  beneficiary_name: ' ',
  value: '1.234,50',
  description: 'Saque',
  schedule_date: '',
};

describe('the payout form’s body', () => {
  it('is the API’s create body: the amount as canonical decimal text, empty options left out', () => {
    expect(toPayoutBody(values, 'pt-BR')).toEqual({
      wallet_uuid: values.wallet_uuid,
      type_payout: 'pix',
      value: '1234.50',
      description: 'Saque',
      pix_destination: { pix_address_key: 'joana@example.com', pix_address_key_type: 'email' },
    });
    expect(payoutProblems(toPayoutBody(values, 'pt-BR'))).toEqual({});
  });

  it('puts the shared schema’s problems on the fields that hold them', () => {
    const problems = payoutProblems(toPayoutBody({ ...values, pix_address_key_type: 'cpf', pix_address_key: '123.456.789-00', value: '0', description: '' }, 'en'));
    expect(Object.keys(problems).sort()).toEqual(['description', 'pix_address_key', 'value']);
    expect(problems.pix_address_key).toBe('Not a valid Pix key of type cpf');
    expect(payoutFieldOf('pix_destination.pix_address_key_type')).toBe('pix_address_key_type');
    expect(payoutFieldOf('merchant_id')).toBe('wallet_uuid');
    expect(payoutFieldOf('type_payout')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { checkoutFormSchema, toStartBody, type CheckoutFormValues } from './checkout-form';
import { startLinkPaymentSchema } from './schemas';

const TYPED: CheckoutFormValues = {
  method: 'credit_card',
  payer_name: 'João Pagador',
  payer_email: ' joao@example.test ',
  payer_tax_id: '529.982.247-25',
  payer_cell_phone: '+55 (11) 91234-5678',
  installment_count: 3,
  payer_address: { street: '', address_number: '', complement: '', neighborhood: '', city: '', state: '', postal_code: '', country: 'BR' },
};

const problems = (currency: string, values: CheckoutFormValues) => {
  const parsed = checkoutFormSchema(currency).safeParse(toStartBody(values));
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the checkout’s payer form', () => {
  it('sends what the public start endpoint parses: bare tax id and phone, installments for a card', () => {
    const body = toStartBody(TYPED);
    expect(body).toEqual({ method: 'credit_card', payer_name: 'João Pagador', payer_email: 'joao@example.test', payer_tax_id: '52998224725', payer_cell_phone: '+5511912345678', installment_count: 3 });
    expect(startLinkPaymentSchema.safeParse(body).success).toBe(true);
    expect(toStartBody({ ...TYPED, method: 'pix' })).toMatchObject({ method: 'pix', installment_count: 1 });
    expect(toStartBody({ ...TYPED, method: 'pix' })).not.toHaveProperty('payer_address');
  });

  it('checks a CPF’s or CNPJ’s digits for reais, and not for other currencies', () => {
    expect(problems('BRL', TYPED)).toEqual({});
    expect(problems('BRL', { ...TYPED, payer_tax_id: '11.222.333/0001-81' })).toEqual({});
    expect(problems('BRL', { ...TYPED, payer_tax_id: '529.982.247-24' })).toEqual({ payer_tax_id: 'Enter a valid CPF or CNPJ' });
    expect(problems('MXN', { ...TYPED, payer_tax_id: 'GODE561231GR8', payer_cell_phone: '+52 55 1234 5678' })).toEqual({});
  });

  it('holds the server schema’s own rules: e-mail, E.164 phone, a name', () => {
    expect(problems('BRL', { ...TYPED, payer_name: ' ', payer_email: 'joao@', payer_cell_phone: '11 91234-5678' })).toEqual({
      payer_name: 'Enter your name',
      payer_email: 'Enter a valid email',
      payer_cell_phone: 'An E.164 phone number, such as +5511999999999',
    });
  });

  it('asks a boleto for the payer’s address and sends it without the CEP’s dash', () => {
    const address = { street: 'Avenida Paulista', address_number: '1000', complement: '', neighborhood: 'Bela Vista', city: 'São Paulo', state: 'sp', postal_code: '01310-100', country: 'BR' };
    expect(toStartBody({ ...TYPED, method: 'boleto', payer_address: address })).toMatchObject({
      installment_count: 1,
      payer_address: { postal_code: '01310100', state: 'SP', complement: null, country: 'BR' },
    });
    expect(problems('BRL', { ...TYPED, method: 'boleto', payer_address: address })).toEqual({});
    expect(problems('BRL', { ...TYPED, method: 'boleto', payer_address: { ...address, street: '' } })).toHaveProperty(['payer_address.street']);
  });
});

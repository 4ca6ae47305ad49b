import { describe, expect, it } from 'vitest';
import { newChargeFormSchema, toCreateChargeBody, type NewChargeFormValues } from './virtual-terminal';

const FORM: NewChargeFormValues = {
  type_charge: 'credit_card',
  wallet_uuid: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  merchant_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  currency: 'BRL',
  amount: '90.00',
  installment_count: 3,
  description: 'Pedido #1',
  payer_name: 'Ana Paula',
  payer_email: 'ana@example.test',
  payer_tax_id: '529.982.247-25',
  payer_cell_phone: '+5511987654321',
  payer_address: { street: 'Rua A', address_number: '1', neighborhood: 'Centro', city: 'São Paulo', state: 'SP', postal_code: '01000000', country: 'BR' },
  card_name: 'ANA PAULA',
  card_number: '4024 0071 5376 3191',
  card_expiry_month: '12',
  card_expiry_year: '2035',
  card_cvv: '123',
  capture: true,
  threeds_authentication: false,
  pix_expiration_minutes: 60,
  due_date: '2026-03-13',
};

const problems = (form: NewChargeFormValues) => {
  const parsed = newChargeFormSchema.safeParse(form);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the virtual terminal form', () => {
  it('becomes the A55 create body: the total split into equal installments, the tax id bare', () => {
    const body = toCreateChargeBody(newChargeFormSchema.parse(FORM), '2026-03-10');
    expect(body).toMatchObject({
      installment_value: '30.00',
      installment_count: 3,
      currency: 'BRL',
      payer_tax_id: '52998224725',
      due_date: '2026-03-10',
      type_charge: 'credit_card',
      capture: true,
      threeds_authentication: false,
      card_number: '4024 0071 5376 3191',
    });
  });

  it('refuses a total that does not split evenly, and names totals that do', () => {
    expect(problems({ ...FORM, amount: '100.00' })).toEqual({ amount: 'The amount does not split into 3 equal installments; 99.99 or 100.02 does' });
  });

  it("refuses amounts the currency cannot hold, and a Brazilian payer's bad CPF", () => {
    expect(problems({ ...FORM, currency: 'CLP', installment_count: 1, amount: '10.50', payer_tax_id: '12345678-5' })).toEqual({ amount: 'CLP takes at most 0 decimal places' });
    expect(problems({ ...FORM, amount: '0' }).amount).toBe('The amount must be greater than zero');
    expect(problems({ ...FORM, amount: '1.234,50' }).amount).toBe('Enter an amount such as 150.00');
    expect(problems({ ...FORM, payer_tax_id: '111.111.111-11' })).toEqual({ payer_tax_id: 'Enter a valid CPF or CNPJ' });
  });

  it('needs every card field', () => {
    expect(Object.keys(problems({ ...FORM, card_number: '', card_cvv: '' })).sort()).toEqual(['card_cvv', 'card_number']);
  });

  it('issues a Pix as one payment due today, expiring after the chosen minutes, with no card', () => {
    const body = toCreateChargeBody(newChargeFormSchema.parse({ ...FORM, type_charge: 'pix', card_number: '', card_cvv: '', pix_expiration_minutes: 30 }), '2026-03-10');
    expect(body).toMatchObject({ type_charge: 'pix', installment_value: '90.00', installment_count: 1, due_date: '2026-03-10', pix_expiration_seconds: 1800 });
    expect(body.card_number).toBeUndefined();
  });

  it('issues a boleto due on the chosen date, whatever installments the card part held', () => {
    const body = toCreateChargeBody(newChargeFormSchema.parse({ ...FORM, type_charge: 'boleto', amount: '100.00', card_name: '' }), '2026-03-10');
    expect(body).toMatchObject({ type_charge: 'boleto', installment_value: '100.00', installment_count: 1, due_date: '2026-03-13' });
    expect(body.pix_expiration_seconds).toBeUndefined();
  });

  it('keeps Pix and boleto to BRL wallets, a Pix to the API’s expiry range and a boleto to a calendar date', () => {
    expect(problems({ ...FORM, type_charge: 'pix', currency: 'MXN', payer_tax_id: 'XAXX010101000' })).toEqual({ type_charge: 'Pix and boleto are for BRL wallets only' });
    expect(problems({ ...FORM, type_charge: 'pix', pix_expiration_minutes: Number.NaN })).toEqual({ pix_expiration_minutes: 'Whole minutes from 1 to 10080' });
    expect(problems({ ...FORM, type_charge: 'pix', pix_expiration_minutes: 20_000 })).toEqual({ pix_expiration_minutes: 'Whole minutes from 1 to 10080' });
    expect(problems({ ...FORM, type_charge: 'boleto', due_date: '2026-02-30' })).toEqual({ due_date: 'Not a calendar date' });
    expect(problems({ ...FORM, type_charge: 'boleto', due_date: '' })).toEqual({ due_date: 'A date as YYYY-MM-DD' });
  });
});

import { describe, expect, it } from 'vitest';
import { cardFormProblems, formatCardNumber, parseExpiry, problemOfRefusal, toPayChargeBody } from './card-form-values';

const NOW = new Date('2026-12-05T12:00:00Z');
const GOOD = { name: 'ANA P FERREIRA', number: '4024 0071 5376 3191', expiry: '12/31', cvv: '123', taxId: '529.982.247-25' };

describe('formatCardNumber', () => {
  it('groups digits as the card prints them, whatever was typed between', () => {
    expect(formatCardNumber('4024007153763191')).toBe('4024 0071 5376 3191');
    expect(formatCardNumber('4024-0071 53')).toBe('4024 0071 53');
    expect(formatCardNumber('378282246310005')).toBe('3782 822463 10005');
    expect(formatCardNumber('')).toBe('');
  });
});

describe('parseExpiry', () => {
  it('reads MM/YY and MM/YYYY into a two-digit month and a four-digit year', () => {
    expect(parseExpiry('12/31')).toEqual({ month: '12', year: '2031' });
    expect(parseExpiry('3/2030')).toEqual({ month: '03', year: '2030' });
    expect(parseExpiry('07 - 29')).toEqual({ month: '07', year: '2029' });
  });

  it('refuses month 13, a bare number and text', () => {
    for (const text of ['13/30', '1230', 'soon', '']) expect(parseExpiry(text), text).toBeNull();
  });
});

describe('cardFormProblems', () => {
  it('finds nothing wrong with a complete, valid form', () => {
    expect(cardFormProblems(GOOD, NOW)).toEqual({});
  });

  it('asks for every empty field', () => {
    expect(cardFormProblems({ name: '', number: ' ', expiry: '', cvv: '', taxId: '' }, NOW)).toEqual({
      name: 'required',
      number: 'required',
      expiry: 'required',
      cvv: 'required',
      taxId: 'required',
    });
  });

  it('catches a short number, a past expiry and a short CVV', () => {
    expect(cardFormProblems({ ...GOOD, number: '4024 0071 537' }, NOW).number).toBe('number');
    expect(cardFormProblems({ ...GOOD, expiry: '11/26' }, NOW).expiry).toBe('expired');
    expect(cardFormProblems({ ...GOOD, expiry: '12/26' }, NOW).expiry).toBeUndefined();
    expect(cardFormProblems({ ...GOOD, cvv: '12' }, NOW).cvv).toBe('cvv');
  });
});

describe('toPayChargeBody', () => {
  it('sends the number as digits and the expiry as month and four-digit year', () => {
    expect(toPayChargeBody(GOOD)).toEqual({
      card_name: 'ANA P FERREIRA',
      card_number: '4024007153763191',
      card_expiry_month: '12',
      card_expiry_year: '2031',
      card_cvv: '123',
      payer_tax_id: '529.982.247-25',
    });
  });
});

describe('problemOfRefusal', () => {
  it('puts the endpoint’s refusals on the field they are about', () => {
    expect(problemOfRefusal({ code: 'EXPIRED_CARD' })).toEqual(['expiry', 'expired']);
    expect(problemOfRefusal({ code: 'errors.payer.tax_id_mismatch' })).toEqual(['taxId', 'taxIdMismatch']);
    expect(problemOfRefusal({ code: 'validation_error', field: 'card_expiry_year' })).toEqual(['expiry', 'expiry']);
    expect(problemOfRefusal({ code: 'CARD_DECLINED' })).toBeNull();
  });
});

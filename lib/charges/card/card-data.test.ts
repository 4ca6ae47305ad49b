import { describe, expect, it } from 'vitest';
import { isSandboxTestCard } from '../acquirer/sandbox';
import { CARD_API_FIELDS, cardLabel, inspectCard, type CardInput } from './card-data';

const NOW = new Date('2026-05-20T12:00:00Z');
const VISA: CardInput = { number: '4111 1111 1111 1111', holderName: '  Maria   da Silva ', expiryMonth: '03', expiryYear: '2030', cvv: '123' };

const inspect = (changes: Partial<CardInput>, now = NOW) => inspectCard({ ...VISA, ...changes }, now);

describe('inspectCard', () => {
  it('keeps only what may be stored about a good card', () => {
    expect(inspect({})).toEqual({
      ok: true,
      card: { brand: 'visa', bin: '411111', last4: '1111', expiryMonth: 3, expiryYear: 2030, holderName: 'Maria da Silva' },
    });
  });

  it('never hands back the whole number or the security code', () => {
    const pan = '5555555555554444';
    const text = JSON.stringify(inspect({ number: pan, cvv: '987' }));
    expect(text).not.toContain(pan);
    expect(text).not.toContain('987');
    for (const bad of [{ number: pan, cvv: '98' }, { number: pan, expiryMonth: '13' }]) {
      const failed = JSON.stringify(inspect(bad));
      expect(failed).not.toContain(pan);
      expect(failed).not.toContain('98');
    }
  });

  it('refuses a number that is not 12 to 19 digits, or fails Luhn', () => {
    for (const number of ['4111 1111 1111 1112', '4111.1111.1111.1111', '41111111111', '41111111111111111111', '', 'abcd']) {
      expect(inspect({ number })).toMatchObject({ ok: false, code: 'INVALID_CARD', field: 'number' });
    }
    expect(inspect({ number: '4111-1111-1111-1111' }).ok).toBe(true);
  });

  it('lets the caller exempt the sandbox cards from Luhn, which A.11 published failing it', () => {
    expect(inspect({ number: '4024007153763191' })).toMatchObject({ ok: false, code: 'INVALID_CARD' });
    expect(inspectCard({ ...VISA, number: '4024007153763191' }, NOW, { exemptFromLuhn: isSandboxTestCard })).toMatchObject({
      ok: true,
      card: { brand: 'visa', bin: '402400', last4: '3191' },
    });
    expect(inspectCard({ ...VISA, number: '4111111111111112' }, NOW, { exemptFromLuhn: isSandboxTestCard })).toMatchObject({ ok: false, code: 'INVALID_CARD' });
  });

  it('declines JCB and numbers of no known brand, saying the brand is not accepted', () => {
    const jcb = inspect({ number: '3530111333300000' });
    expect(jcb).toMatchObject({ ok: false, code: 'CARD_DECLINED', field: 'number', message: 'JCB cards are not accepted', translation: 'Cartões JCB não são aceitos' });
    const unknown = inspect({ number: '1234567812345670' });
    expect(unknown).toMatchObject({ ok: false, code: 'CARD_DECLINED', field: 'number', message: 'This card brand is not accepted' });
  });

  it('wants a holder name', () => {
    expect(inspect({ holderName: '   ' })).toMatchObject({ ok: false, code: 'INVALID_CARD', field: 'holderName' });
  });

  it('wants a month from 1 to 12 and a four-digit year', () => {
    for (const expiryMonth of ['00', '13', '', 'ab', '1.5', '-1', '001']) {
      expect(inspect({ expiryMonth })).toMatchObject({ ok: false, code: 'INVALID_CARD', field: 'expiryMonth' });
    }
    expect(inspect({ expiryMonth: '12' }).ok).toBe(true);
    expect(inspect({ expiryMonth: '7' }).ok).toBe(true);
    for (const expiryYear of ['30', '230', '20300', '', 'abcd']) {
      expect(inspect({ expiryYear })).toMatchObject({ ok: false, code: 'INVALID_CARD', field: 'expiryYear' });
    }
  });

  it('is good through the last moment of its expiry month, in UTC', () => {
    const card = { expiryMonth: '05', expiryYear: '2026' };
    expect(inspect(card, new Date('2026-05-31T23:59:59.999Z')).ok).toBe(true);
    expect(inspect(card, new Date('2026-06-01T00:00:00.000Z'))).toMatchObject({ ok: false, code: 'EXPIRED_CARD', field: 'expiryYear' });
    // Still May in São Paulo, but June in UTC: the rule does not move with the clock's zone.
    expect(inspect(card, new Date('2026-05-31T22:00:00-03:00')).ok).toBe(false);
    expect(inspect({ expiryMonth: '12', expiryYear: '2026' }, new Date('2026-12-31T23:59:59Z')).ok).toBe(true);
    expect(inspect({ expiryMonth: '12', expiryYear: '2026' }, new Date('2027-01-01T00:00:00Z')).ok).toBe(false);
    expect(inspect({ expiryMonth: '04', expiryYear: '2026' })).toMatchObject({ code: 'EXPIRED_CARD', translation: 'O cartão está vencido' });
  });

  it('wants a 3-digit security code, 4 on American Express', () => {
    for (const cvv of ['12', '1234', 'abc', '']) {
      expect(inspect({ cvv })).toMatchObject({ ok: false, code: 'INVALID_CVC', field: 'cvv', message: 'The security code must have 3 digits' });
    }
    const amex = { number: '378282246310005' };
    expect(inspect({ ...amex, cvv: '1234' }).ok).toBe(true);
    expect(inspect({ ...amex, cvv: '123' })).toMatchObject({ ok: false, code: 'INVALID_CVC', field: 'cvv', translation: 'O código de segurança deve ter 4 dígitos' });
  });

  it('reports the first problem in the order a form is filled in', () => {
    expect(inspect({ number: '4111111111111112', expiryMonth: '13', cvv: '1' })).toMatchObject({ field: 'number' });
    expect(inspect({ expiryMonth: '13', cvv: '1' })).toMatchObject({ field: 'expiryMonth' });
  });

  it('names each field as the A55 body does', () => {
    expect(CARD_API_FIELDS).toEqual({ number: 'card_number', holderName: 'card_name', expiryMonth: 'card_expiry_month', expiryYear: 'card_expiry_year', cvv: 'card_cvv' });
  });
});

describe('cardLabel', () => {
  it('names a card by brand and last four digits', () => {
    expect(cardLabel({ brand: 'visa', last4: '3191' })).toBe('Visa •••• 3191');
    expect(cardLabel({ brand: 'amex', last4: '0005' })).toBe('American Express •••• 0005');
  });
});

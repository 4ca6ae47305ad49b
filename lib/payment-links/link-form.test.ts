import { describe, expect, it } from 'vitest';
import { amountProblem, methodsFor, paymentLinkFormSchema, regionFor, wallTimeToIso } from './link-form';

const BODY = {
  wallet_uuid: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
  merchant_id: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  region: 'BR',
  currency: 'BRL',
  billing_type: 'one_time',
  charge_type: ['credit_card', 'pix'],
  name: 'Kit café',
  description: null,
  value: '89.90',
  max_installment_count: 3,
  is_checkout: true,
  redirect_url: null,
  expires_at: null,
  max_payments: null,
};

const problems = (body: Record<string, unknown>) => {
  const parsed = paymentLinkFormSchema.safeParse(body);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the new payment link form', () => {
  it('takes A.6’s body as the API does', () => {
    expect(problems(BODY)).toEqual({});
    expect(paymentLinkFormSchema.parse(BODY)).toMatchObject({ value: '89.90', is_checkout: true, charge_type: ['credit_card', 'pix'] });
  });

  it('says what is wrong with the amount in the currency’s own decimals', () => {
    expect(problems({ ...BODY, value: '89.901' })).toEqual({ value: 'BRL takes at most 2 decimal places' });
    expect(problems({ ...BODY, value: '89,90' })).toEqual({ value: 'Enter an amount such as 150.00' });
    expect(problems({ ...BODY, value: '0.00' })).toEqual({ value: 'The amount must be greater than zero' });
    expect(amountProblem('1000', 'CLP')).toBeNull();
    expect(amountProblem('1000.5', 'CLP')).toBe('CLP takes at most 0 decimal places');
  });

  it('offers Pix and boleto in reais only', () => {
    expect(problems({ ...BODY, currency: 'MXN', region: 'MX' })).toEqual({ charge_type: 'Pix and boleto are taken in BRL only' });
    expect(methodsFor('BRL')).toEqual(['credit_card', 'pix', 'boleto']);
    expect(methodsFor('MXN')).toEqual(['credit_card']);
    expect([regionFor('BRL'), regionFor('MXN'), regionFor('CLP')]).toEqual(['BR', 'MX', null]);
  });

  it('refuses an expiry that has passed', () => {
    expect(problems({ ...BODY, expires_at: '2001-01-01T00:00:00.000Z' })).toEqual({ expires_at: 'Choose a moment in the future' });
    expect(problems({ ...BODY, expires_at: '2999-01-01T00:00:00.000Z' })).toEqual({});
  });
});

describe('wallTimeToIso', () => {
  it('reads a datetime-local input in the reader’s time zone', () => {
    expect(wallTimeToIso('2026-05-01T18:30', 'America/Sao_Paulo')).toBe('2026-05-01T21:30:00.000Z');
    expect(wallTimeToIso('2026-05-01T18:30', 'America/Mexico_City')).toBe('2026-05-02T00:30:00.000Z');
    expect(wallTimeToIso('2026-05-01T18:30', 'UTC')).toBe('2026-05-01T18:30:00.000Z');
  });

  it('follows the zone’s clocks on both sides of a DST change', () => {
    // Santiago: UTC−3 in January, UTC−4 in July.
    expect(wallTimeToIso('2026-01-15T12:00', 'America/Santiago')).toBe('2026-01-15T15:00:00.000Z');
    expect(wallTimeToIso('2026-07-15T12:00', 'America/Santiago')).toBe('2026-07-15T16:00:00.000Z');
  });

  it('answers null for what is not a wall-clock time', () => {
    expect(wallTimeToIso('', 'UTC')).toBeNull();
    expect(wallTimeToIso('tomorrow', 'UTC')).toBeNull();
  });
});

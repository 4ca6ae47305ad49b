import { describe, expect, it } from 'vitest';
import { CHARGE_STATUSES } from '@/db/schema';
import { awaitsPayment, PAYER_STATES, payerLocale, payerState } from './payer-state';

describe('payerState', () => {
  it('tells the payer of a Pix when it is paid, expired or canceled', () => {
    expect(payerState('pix', 'issued')).toBe('awaiting');
    expect(payerState('pix', 'paid')).toBe('paid');
    expect(payerState('pix', 'canceled', true)).toBe('expired');
    expect(payerState('pix', 'canceled', false)).toBe('canceled');
  });

  it('reads a boleto paid at the bank as settling, then paid', () => {
    expect(payerState('boleto', 'issued')).toBe('awaiting');
    expect(payerState('boleto', 'pending')).toBe('settling');
    expect(payerState('boleto', 'paid')).toBe('paid');
  });

  it('reads card outcomes: 3DS pending, authorized or captured, declined, refunded', () => {
    expect(payerState('credit_card', 'pending')).toBe('processing');
    expect(payerState('credit_card', 'pre_captured')).toBe('paid');
    expect(payerState('credit_card', 'confirmed')).toBe('paid');
    expect(payerState('credit_card', 'error')).toBe('failed');
    expect(payerState('credit_card', 'refunded')).toBe('refunded');
  });

  it('has a payer state for every status', () => {
    for (const status of CHARGE_STATUSES) expect(PAYER_STATES).toContain(payerState('credit_card', status));
  });
});

describe('awaitsPayment', () => {
  it('polls only a Pix or boleto still waiting for its payment', () => {
    expect(awaitsPayment('pix', 'issued')).toBe(true);
    expect(awaitsPayment('boleto', 'issued')).toBe(true);
    expect(awaitsPayment('pix', 'paid')).toBe(false);
    expect(awaitsPayment('boleto', 'pending')).toBe(false);
    expect(awaitsPayment('credit_card', 'issued')).toBe(false);
  });
});

describe('payerLocale', () => {
  it('speaks the language of the charge’s currency', () => {
    expect(payerLocale('BRL')).toBe('pt-BR');
    expect(payerLocale('MXN')).toBe('es-MX');
    expect(payerLocale('CLP')).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { CARD_BRANDS } from './brand';
import { allowsInstallmentCount, installmentBand, isBrandSupported, maxInstallments } from './installments';

describe('installments per brand', () => {
  it('splits up to 12 on the installment brands', () => {
    for (const brand of ['visa', 'mastercard', 'amex', 'elo', 'aura', 'hipercard'] as const) {
      expect(maxInstallments(brand)).toBe(12);
      expect(isBrandSupported(brand)).toBe(true);
    }
  });

  it('takes Diners and Discover in one payment only', () => {
    expect(maxInstallments('diners')).toBe(1);
    expect(maxInstallments('discover')).toBe(1);
    expect(allowsInstallmentCount('diners', 1)).toBe(true);
    expect(allowsInstallmentCount('diners', 2)).toBe(false);
  });

  it('does not accept JCB at all', () => {
    expect(isBrandSupported('jcb')).toBe(false);
    expect(maxInstallments('jcb')).toBe(0);
    expect(allowsInstallmentCount('jcb', 1)).toBe(false);
  });

  it('allows only whole counts from 1 to the brand maximum', () => {
    expect(allowsInstallmentCount('visa', 12)).toBe(true);
    expect(allowsInstallmentCount('visa', 13)).toBe(false);
    expect(allowsInstallmentCount('visa', 0)).toBe(false);
    expect(allowsInstallmentCount('visa', 2.5)).toBe(false);
    expect(CARD_BRANDS.filter(isBrandSupported)).not.toContain('jcb');
  });
});

describe('installmentBand', () => {
  it('puts each count in its band', () => {
    expect(installmentBand(1)).toBe('1');
    expect(installmentBand(2)).toBe('2-6');
    expect(installmentBand(6)).toBe('2-6');
    expect(installmentBand(7)).toBe('7-12');
    expect(installmentBand(12)).toBe('7-12');
  });

  it('refuses what is not an installment count', () => {
    for (const count of [0, 13, -1, 1.5, Number.NaN]) expect(() => installmentBand(count)).toThrow(RangeError);
  });
});

import type { CardBrand } from './brand';

/**
 * What A55 accepts per brand (reference A.3): the Brazilian and global credit brands split a
 * payment into up to 12 installments, Diners and Discover only take it whole, JCB is not
 * accepted at all.
 */
const MAX_INSTALLMENTS: Record<CardBrand, number> = {
  visa: 12,
  mastercard: 12,
  amex: 12,
  elo: 12,
  aura: 12,
  hipercard: 12,
  diners: 1,
  discover: 1,
  jcb: 0,
};

export const MAX_INSTALLMENT_COUNT = 12;

export type InstallmentBand = '1' | '2-6' | '7-12';

export function isBrandSupported(brand: CardBrand): boolean {
  return MAX_INSTALLMENTS[brand] > 0;
}

/** The most installments the brand allows; 0 for a brand that is not accepted at all. */
export function maxInstallments(brand: CardBrand): number {
  return MAX_INSTALLMENTS[brand];
}

export function allowsInstallmentCount(brand: CardBrand, count: number): boolean {
  return Number.isInteger(count) && count >= 1 && count <= MAX_INSTALLMENTS[brand];
}

/** The band an installment count is priced in (A.3: 1, 2–6, 7–12). */
export function installmentBand(count: number): InstallmentBand {
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALLMENT_COUNT) {
    throw new RangeError(`${count} is not an installment count (1 to ${MAX_INSTALLMENT_COUNT})`);
  }
  if (count === 1) return '1';
  return count <= 6 ? '2-6' : '7-12';
}

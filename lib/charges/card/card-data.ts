import { BRAND_LABELS, detectBrand, type CardBrand } from './brand';
import { isBrandSupported } from './installments';
import { isLuhnValid } from './luhn';

/** A card as the payer typed it. It lives only as long as the authorization request. */
export interface CardInput {
  number: string;
  holderName: string;
  /** "MM" */
  expiryMonth: string;
  /** "YYYY" */
  expiryYear: string;
  cvv: string;
}

/**
 * What may be kept and shown about a card: never the whole number nor the CVV, which PCI DSS
 * forbids storing outside a certified vault.
 */
export interface CardFacts {
  brand: CardBrand;
  /** The first six digits, which name the issuer. */
  bin: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
  holderName: string;
}

export type CardErrorCode = 'INVALID_CARD' | 'EXPIRED_CARD' | 'INVALID_CVC' | 'CARD_DECLINED';

export type CardField = keyof CardInput;

export interface CardProblem {
  ok: false;
  code: CardErrorCode;
  field: CardField;
  message: string;
  /** The message in pt-BR. */
  translation: string;
}

export type CardInspection = { ok: true; card: CardFacts } | CardProblem;

/** The A55 body field each part of a card arrives in (reference A.3), for naming a bad field. */
export const CARD_API_FIELDS: Record<CardField, string> = {
  number: 'card_number',
  holderName: 'card_name',
  expiryMonth: 'card_expiry_month',
  expiryYear: 'card_expiry_year',
  cvv: 'card_cvv',
};

export interface InspectOptions {
  /**
   * Numbers that skip the Luhn check. A.11's ready sandbox cards (4024007153763191…3196) fail it,
   * so outside production the charge service passes `isSandboxTestCard` here.
   */
  exemptFromLuhn?: (digits: string) => boolean;
}

/**
 * Checks a card before it is sent anywhere, so the cheap mistakes are answered at once with the
 * field to fix and the acquirer only sees numbers that could be real.
 */
export function inspectCard(input: CardInput, now: Date, options: InspectOptions = {}): CardInspection {
  const digits = input.number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits) || !(isLuhnValid(digits) || options.exemptFromLuhn?.(digits) === true)) {
    return problem('INVALID_CARD', 'number', 'The card number is not valid', 'O número do cartão não é válido');
  }

  const brand = detectBrand(digits);
  if (!brand || !isBrandSupported(brand)) {
    return brand
      ? problem('CARD_DECLINED', 'number', `${BRAND_LABELS[brand]} cards are not accepted`, `Cartões ${BRAND_LABELS[brand]} não são aceitos`)
      : problem('CARD_DECLINED', 'number', 'This card brand is not accepted', 'A bandeira deste cartão não é aceita');
  }

  const holderName = input.holderName.trim().replace(/\s+/g, ' ');
  if (!holderName) {
    return problem('INVALID_CARD', 'holderName', 'The cardholder name is required', 'O nome do titular do cartão é obrigatório');
  }

  const monthText = input.expiryMonth.trim();
  const expiryMonth = Number(monthText);
  if (!/^\d{1,2}$/.test(monthText) || expiryMonth < 1 || expiryMonth > 12) {
    return problem('INVALID_CARD', 'expiryMonth', 'The expiry month must be between 01 and 12', 'O mês de validade deve estar entre 01 e 12');
  }

  const yearText = input.expiryYear.trim();
  if (!/^\d{4}$/.test(yearText)) {
    return problem('INVALID_CARD', 'expiryYear', 'The expiry year must have 4 digits (YYYY)', 'O ano de validade deve ter 4 dígitos (AAAA)');
  }
  const expiryYear = Number(yearText);

  // A card is good through the last moment of its expiry month; UTC, so the answer does not
  // depend on the server's time zone.
  if (Date.UTC(expiryYear, expiryMonth, 1) <= now.getTime()) {
    return problem('EXPIRED_CARD', 'expiryYear', 'The card has expired', 'O cartão está vencido');
  }

  const cvvLength = brand === 'amex' ? 4 : 3;
  if (!new RegExp(`^\\d{${cvvLength}}$`).test(input.cvv.trim())) {
    return problem('INVALID_CVC', 'cvv', `The security code must have ${cvvLength} digits`, `O código de segurança deve ter ${cvvLength} dígitos`);
  }

  return { ok: true, card: { brand, bin: digits.slice(0, 6), last4: digits.slice(-4), expiryMonth, expiryYear, holderName } };
}

/** How a card is named to people: 'Visa •••• 3191'. */
export function cardLabel(facts: Pick<CardFacts, 'brand' | 'last4'>): string {
  return `${BRAND_LABELS[facts.brand]} •••• ${facts.last4}`;
}

function problem(code: CardErrorCode, field: CardField, message: string, translation: string): CardProblem {
  return { ok: false, code, field, message, translation };
}

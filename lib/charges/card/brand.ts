/**
 * Card brands told apart by the number's leading digits (its IIN). Brazilian brands were issued
 * inside ranges other brands already use (Elo inside Visa's 4, Aura's 50 and Discover's 65,
 * Hipercard inside Diners' 38), so the longest matching prefix decides: a specific Elo range
 * beats the one-digit Visa rule it sits in.
 */
export const CARD_BRANDS = ['visa', 'mastercard', 'amex', 'elo', 'aura', 'hipercard', 'diners', 'discover', 'jcb'] as const;

export type CardBrand = (typeof CARD_BRANDS)[number];

export const BRAND_LABELS: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  elo: 'Elo',
  aura: 'Aura',
  hipercard: 'Hipercard',
  diners: 'Diners Club',
  discover: 'Discover',
  jcb: 'JCB',
};

export function isCardBrand(value: string): value is CardBrand {
  return (CARD_BRANDS as readonly string[]).includes(value);
}

/** An inclusive range of prefixes of one length: `['506699', '506778']`, or `['4', '4']`. */
type Range = readonly [from: string, to: string];

const ranges = (...items: (string | Range)[]): Range[] => items.map((item) => (typeof item === 'string' ? [item, item] : item));

// Elo's and Hipercard's published BIN lists, as the Brazilian acquirers and the open-source
// card-type tables carry them.
const IIN_TABLE: Record<CardBrand, Range[]> = {
  elo: ranges(
    '401178', '401179', '431274', '438935', '451416', '457393', '457631', '457632', '504175',
    ['506699', '506778'], ['509000', '509999'], '627780', '636297', '636368',
    ['650031', '650033'], ['650035', '650051'], ['650405', '650439'], ['650485', '650538'],
    ['650541', '650598'], ['650700', '650718'], ['650720', '650727'], ['650901', '650978'],
    ['651652', '651679'], ['655000', '655019'], ['655021', '655058'],
  ),
  hipercard: ranges('606282', '384100', '384140', '384160'),
  aura: ranges('50'),
  amex: ranges('34', '37'),
  diners: ranges('36', '38', ['300', '305']),
  discover: ranges('6011', '65', ['644', '649']),
  jcb: ranges(['3528', '3589']),
  mastercard: ranges(['51', '55'], ['2221', '2720']),
  visa: ranges('4'),
};

interface Rule {
  brand: CardBrand;
  from: string;
  to: string;
}

const RULES: readonly Rule[] = Object.entries(IIN_TABLE)
  .flatMap(([brand, list]) => list.map(([from, to]) => ({ brand: brand as CardBrand, from, to })))
  .sort((a, b) => b.from.length - a.from.length);

/**
 * The brand of a card number, whole or as far as it has been typed (spaces and dashes allowed):
 * `'4'` is already Visa, and becomes Elo once it reads `'438935'`. A prefix that still fits
 * several brands (`'5'`, `'3'`) is null until a digit more settles it.
 */
export function detectBrand(pan: string): CardBrand | null {
  const digits = pan.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return null;

  const settled = RULES.find((rule) => digits.length >= rule.from.length && within(digits.slice(0, rule.from.length), rule));
  if (settled) return settled.brand;

  const possible = new Set(RULES.filter((rule) => digits.length < rule.from.length && couldBecome(digits, rule)).map((rule) => rule.brand));
  return possible.size === 1 ? ([...possible][0] ?? null) : null;
}

// Prefixes of equal length compare as numbers when compared as strings.
function within(prefix: string, rule: Rule): boolean {
  return prefix >= rule.from && prefix <= rule.to;
}

/** Whether some continuation of the typed digits lands in the rule's range. */
function couldBecome(typed: string, rule: Rule): boolean {
  const pad = rule.from.length - typed.length;
  return typed + '9'.repeat(pad) >= rule.from && typed + '0'.repeat(pad) <= rule.to;
}

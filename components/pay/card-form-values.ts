// The payer's card form, as typed: checked here for its shape (a missing field, the expiry's
// format, a short CVV), then sent as the public pay endpoint's body, which checks it all again,
// the number's Luhn digit included (outside production the sandbox's test cards, which fail it,
// are accepted there; the form leaves that to the endpoint). Browser-safe.

export interface CardFormValues {
  name: string;
  number: string;
  expiry: string;
  cvv: string;
  taxId: string;
}
export type CardFormField = keyof CardFormValues;
export type CardFormProblem = 'required' | 'name' | 'number' | 'expiry' | 'expired' | 'cvv' | 'taxId' | 'taxIdMismatch';
export type CardFormProblems = Partial<Record<CardFormField, CardFormProblem>>;

export const EMPTY_CARD_FORM: CardFormValues = { name: '', number: '', expiry: '', cvv: '', taxId: '' };

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The number grouped as cards print it: 4-6-5 for American Express (34, 37), fours otherwise. */
export function formatCardNumber(typed: string): string {
  const digits = digitsOf(typed).slice(0, 19);
  const groups = /^3[47]/.test(digits) ? [4, 6, 5] : [4, 4, 4, 4, 3];
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

/** "MM/YY" or "MM/YYYY" (slash, space or dash) → a month and a four-digit year, or null. */
export function parseExpiry(text: string): { month: string; year: string } | null {
  const match = /^\s*(\d{1,2})\s*[/\s-]\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return null;
  const year = match[2]!.length === 2 ? `20${match[2]}` : match[2]!;
  return { month: String(month).padStart(2, '0'), year };
}

/** What is wrong with each field, before anything is sent (nothing: ready to pay). */
export function cardFormProblems(values: CardFormValues, now: Date = new Date()): CardFormProblems {
  const problems: CardFormProblems = {};
  for (const field of Object.keys(EMPTY_CARD_FORM) as CardFormField[]) if (!values[field].trim()) problems[field] = 'required';
  if (!problems.name && values.name.trim().length > 100) problems.name = 'name';
  if (!problems.number && !/^\d{12,19}$/.test(digitsOf(values.number))) problems.number = 'number';
  if (!problems.expiry) {
    const expiry = parseExpiry(values.expiry);
    if (!expiry) problems.expiry = 'expiry';
    // A card is good through the last day of its month.
    else if (Number(expiry.year) * 12 + Number(expiry.month) < now.getFullYear() * 12 + now.getMonth() + 1) problems.expiry = 'expired';
  }
  if (!problems.cvv && !/^\d{3,4}$/.test(values.cvv.trim())) problems.cvv = 'cvv';
  if (!problems.taxId && !/^[0-9A-Za-z.\-/\s]{4,40}$/.test(values.taxId.trim())) problems.taxId = 'taxId';
  return problems;
}

/** The public pay endpoint's body (reference A.3) for a form without problems. */
export function toPayChargeBody(values: CardFormValues) {
  const expiry = parseExpiry(values.expiry);
  if (!expiry) throw new RangeError('the expiry is not MM/YY');
  return {
    card_name: values.name.trim(),
    card_number: digitsOf(values.number),
    card_expiry_month: expiry.month,
    card_expiry_year: expiry.year,
    card_cvv: values.cvv.trim(),
    payer_tax_id: values.taxId.trim(),
  };
}

/** The form field a refusal of the pay endpoint is about (by the body field it names, or its code), if any. */
export function problemOfRefusal(message: { code: string; field?: string }): [CardFormField, CardFormProblem] | null {
  switch (message.code) {
    case 'INVALID_CARD':
      return ['number', 'number'];
    case 'EXPIRED_CARD':
      return ['expiry', 'expired'];
    case 'INVALID_CVC':
      return ['cvv', 'cvv'];
    case 'errors.payer.tax_id_mismatch':
      return ['taxId', 'taxIdMismatch'];
  }
  switch (message.field) {
    case 'card_name':
      return ['name', 'name'];
    case 'card_number':
      return ['number', 'number'];
    case 'card_expiry_month':
    case 'card_expiry_year':
      return ['expiry', 'expiry'];
    case 'card_cvv':
      return ['cvv', 'cvv'];
    case 'payer_tax_id':
      return ['taxId', 'taxId'];
    default:
      return null;
  }
}

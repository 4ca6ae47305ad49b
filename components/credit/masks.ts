import { formatCep, formatCnpj, formatCpf } from '@brazilian-utils/brazilian-utils';

/**
 * Input masks of the credit-wallet wizard. The form keeps the wire value (digits, or the upper-case
 * letters and digits of an alphanumeric CNPJ) and the input shows it masked; the masking itself is
 * @brazilian-utils', which formats partial values as they are typed.
 */
export interface Mask {
  /** Wire value → what the input shows. */
  format: (value: string) => string;
  /** What the user typed → wire value. */
  parse: (typed: string) => string;
}

const digits = (max: number) => (typed: string) => typed.replace(/\D/g, '').slice(0, max);

export const cpfMask: Mask = { format: (value) => formatCpf(value), parse: digits(11) };

export const cnpjMask: Mask = {
  format: (value) => formatCnpj(value, { version: 2 }),
  parse: (typed) => typed.toUpperCase().replace(/[^0-9A-Z]/g, '').slice(0, 14),
};

export const postalCodeMask: Mask = { format: (value) => formatCep(value), parse: digits(8) };

/** An owner document as people read it: a CPF by its 11 characters, otherwise a CNPJ. */
export function formatDocument(document: string): string {
  return document.length === 11 ? cpfMask.format(document) : cnpjMask.format(document);
}

/** A phone as Brazilians write it: "+55 (11) 98765-4321"; the last four digits after a dash. */
export function formatPhone(phone: { country_code: string; area_code: string; number: string }): string {
  const local = phone.number.length > 4 ? `${phone.number.slice(0, -4)}-${phone.number.slice(-4)}` : phone.number;
  return `+${phone.country_code} (${phone.area_code}) ${local}`;
}

/**
 * Card networks print at most 13 characters of a sub-merchant's soft descriptor on the payer's
 * statement (Cielo/Rede/Getnet all cut there), in plain upper-case ASCII letters and digits.
 */
export const SOFT_DESCRIPTOR_MAX = 13;

/**
 * A soft descriptor derived from a display name: accents removed ("São" → "SAO"), anything but
 * letters and digits dropped, upper-cased, cut to the networks' limit. A name with nothing
 * printable left falls back to `fallback`.
 */
export function softDescriptorFrom(name: string, fallback = 'WALLET'): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  return (ascii || fallback).slice(0, SOFT_DESCRIPTOR_MAX);
}

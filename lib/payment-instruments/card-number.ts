import { randomInt } from 'node:crypto';
import { luhnCheckDigit } from '@/lib/charges/card/luhn';

/**
 * The platform's own BIN range for the postpaid cards it issues (VISA, reference B.5). A payer's
 * card number is recognised as the platform's by its keyed fingerprint, not by this prefix (a
 * number in the range that was never issued is just an unknown card); the prefix only tells the
 * people reading a statement where the card came from.
 */
export const PLATFORM_BIN = '498765';

const PAN_LENGTH = 16;
/** Cards are valid for five years from the month they are issued. */
const VALIDITY_YEARS = 5;

export interface IssuedCardSecrets {
  number: string;
  cvv: string;
  expiryMonth: number;
  expiryYear: number;
}

/** A fresh 16-digit Luhn-valid number in the platform's range, from a CSPRNG. */
export function newCardNumber(bin: string = PLATFORM_BIN): string {
  let body = bin;
  while (body.length < PAN_LENGTH - 1) body += String(randomInt(10));
  return body + luhnCheckDigit(body);
}

export function newCardSecrets(issuedAt: Date): IssuedCardSecrets {
  return {
    number: newCardNumber(),
    cvv: String(randomInt(1000)).padStart(3, '0'),
    expiryMonth: issuedAt.getUTCMonth() + 1,
    expiryYear: issuedAt.getUTCFullYear() + VALIDITY_YEARS,
  };
}

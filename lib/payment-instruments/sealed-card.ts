import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { seal, unseal } from '@/lib/security/sealed-box';

/** What only the sealed column holds: the number and the CVV, never stored or logged in clear. */
interface CardSecret {
  number: string;
  cvv: string;
}

export function sealCard(secret: CardSecret): string {
  return seal(JSON.stringify(secret), env().CARD_DATA_ENCRYPTION_KEY);
}

/**
 * As the issuer, the platform checks what the payer typed against what it issued: the number
 * (the fingerprint found the card, this confirms it) and the CVV, compared in constant time.
 */
export function sealedCardMatches(sealed: string, typed: CardSecret): { number: boolean; cvv: boolean } {
  const issued = JSON.parse(unseal(sealed, env().CARD_DATA_ENCRYPTION_KEY)) as CardSecret;
  return { number: sameText(issued.number, typed.number), cvv: sameText(issued.cvv, typed.cvv) };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

import type { DbOrTx } from '@/db/client';
import { isPlatformCard, platformIssuer, PLATFORM_ISSUER } from '@/lib/payment-instruments/issuer';
import type { Acquirer } from './acquirer/acquirer';
import type { ChargeRow } from './record-change';

/**
 * Who authorizes a card: the platform itself when the number is one of the postpaid cards it
 * issued (an on-us purchase against a credit wallet's limits), the acquirer otherwise.
 */
export async function networkForCard(tx: DbOrTx, pan: string, acquirer: Acquirer): Promise<Acquirer> {
  return (await isPlatformCard(tx, pan)) ? platformIssuer(tx) : acquirer;
}

/** Who captures, voids or refunds a charge: whoever authorized it. */
export function networkOf(tx: DbOrTx, row: Pick<ChargeRow, 'acquirer'>, acquirer: Acquirer): Acquirer {
  return row.acquirer === PLATFORM_ISSUER ? platformIssuer(tx) : acquirer;
}

import type { DbOrTx } from '@/db/client';
import type { Acquirer } from './acquirer/acquirer';
import { applyAuthorization, authorizeCard, checkCard, defaultAcquirer } from './authorize';
import { chargeErrors } from './errors';
import { lockPublicCharge } from './lock';
import type { ChargeRow } from './record-change';
import type { CardFields } from './schemas';

const CARD_CHARGES = ['credit_card', 'debit_card'];

/**
 * The payer pays an `issued` card charge with a card (reference A.3's public pay endpoint: no
 * token, the charge id is the capability). The tax id must be the one the merchant charged, so a
 * leaked charge id alone does not let a stranger pay it with their own card by mistake. Paid,
 * canceled or failed charges answer 409; a bad card 422 with the charge still payable.
 */
export async function payCharge(
  db: DbOrTx,
  chargeUuid: string,
  input: CardFields & { payer_tax_id: string },
  acquirer: Acquirer = defaultAcquirer(),
): Promise<ChargeRow> {
  return db.transaction(async (tx) => {
    const row = await lockPublicCharge(tx, chargeUuid);
    if (!CARD_CHARGES.includes(row.typeCharge)) throw chargeErrors.methodNotSupported(row.typeCharge);
    if (row.status !== 'issued') throw chargeErrors.invalidTransition(row.chargeUuid, 'paid', row.status);
    if (normalizeTaxId(input.payer_tax_id) !== normalizeTaxId(row.payerTaxId)) throw chargeErrors.taxIdMismatch(row.chargeUuid);
    const facts = checkCard(input, row.installmentCount, row.chargeUuid);
    return authorizeCard(tx, row, input, facts, acquirer);
  });
}

/**
 * The payer finished the 3DS challenge of a `pending` charge, or failed it: the acquirer decides
 * the rest (authorize and capture, or decline with 3DS_FAILED).
 */
export async function completeChallenge(db: DbOrTx, chargeUuid: string, passed: boolean, acquirer: Acquirer = defaultAcquirer()): Promise<ChargeRow> {
  return db.transaction(async (tx) => {
    const row = await lockPublicCharge(tx, chargeUuid);
    if (row.status !== 'pending' || !row.acquirerReference || !row.cardLastFour) throw chargeErrors.invalidTransition(row.chargeUuid, 'authenticated', row.status);
    const result = await acquirer.completeChallenge({ acquirerReference: row.acquirerReference, last4: row.cardLastFour, passed });
    return applyAuthorization(tx, row, result);
  });
}

function normalizeTaxId(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

import type { DbOrTx } from '@/db/client';
import type { Caller } from '@/lib/auth/caller';
import { now } from '@/lib/clock';
import { randomUUID } from 'node:crypto';
import { amountIn } from './create';
import { chargeErrors } from './errors';
import { getCharge } from './queries';
import { receivePayment } from './payments';
import type { ChargeRow } from './record-change';

/**
 * Sandbox: the payer pays one of the caller's Pix or boleto charges. It goes through
 * `receivePayment`, the entry point a real provider's notification uses, with the charge's own txid
 * or barcode. Without `amount` the charge's amount is paid; a boleto may be paid short or over.
 */
export async function simulatePayment(db: DbOrTx, caller: Caller, input: { chargeUuid: string; amount?: string }): Promise<ChargeRow> {
  const { charge: row } = await getCharge(db, caller, input.chargeUuid);
  const amountMinor = input.amount === undefined ? row.amountMinor : amountIn(input.amount, 2, 'amount');
  const common = { amountMinor, paidAt: now(), providerReference: `sandbox-${randomUUID().slice(0, 8)}` };
  if (row.typeCharge === 'pix' && row.pixTxid) return receivePayment(db, { method: 'pix', txid: row.pixTxid, ...common });
  if (row.typeCharge === 'boleto' && row.boletoBarcode) return receivePayment(db, { method: 'boleto', barcode: row.boletoBarcode, ...common });
  throw chargeErrors.methodNotSupported(row.typeCharge);
}

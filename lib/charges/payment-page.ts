import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, chargeStatusChange, merchant, type ChargeMethod, type ChargeStatus } from '@/db/schema';
import { formatDigitableLine, lineFromBarcode } from '@/lib/boleto/barcode';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { chargeErrors } from './errors';
import { EXPIRED_UNPAID } from './expiry';

/**
 * What the payer's page of a charge shows (`charge_payment_url`, public: the charge id is the
 * capability): whom and how much they pay, for what, and how: the Pix code, the boleto's line and
 * barcode, or, for an unpaid card charge, nothing more (the card goes straight to the public pay
 * endpoint). No payer data: whoever holds the link sees only what a payment slip would show.
 */
export interface PaymentPageView {
  chargeUuid: string;
  method: ChargeMethod;
  status: ChargeStatus;
  /** Canceled because it expired unpaid (by its job or the sandbox), not by the merchant. */
  expired: boolean;
  currency: string;
  /** Exact decimal text, as the API writes amounts. */
  amount: string;
  /** What the payer paid for a Pix or boleto (a boleto may be paid short or over); null before any payment. */
  paidAmount: string | null;
  description: string;
  /** The merchant's soft descriptor (what the payer's statement says), else its name. */
  merchantLabel: string;
  /** YYYY-MM-DD: a boleto's due date. */
  dueDate: string;
  expiresAt: Date | null;
  pix: { copyPaste: string } | null;
  boleto: { barcode: string; digitableLine: string; formattedLine: string } | null;
}


export async function getPaymentPageView(db: DbOrTx, chargeUuid: string): Promise<PaymentPageView> {
  const [row] = await db
    .select({ charge, merchantName: merchant.name, softDescription: merchant.softDescription })
    .from(charge)
    .innerJoin(merchant, eq(merchant.merchantUuid, charge.merchantUuid))
    .where(eq(charge.chargeUuid, chargeUuid));
  if (!row) throw chargeErrors.notFound();
  const found = row.charge;
  const digits = currencyDigits(found.currency);
  const line = found.boletoBarcode ? lineFromBarcode(found.boletoBarcode) : null;
  return {
    chargeUuid: found.chargeUuid,
    method: found.typeCharge,
    status: found.status,
    expired: found.status === 'canceled' && (await canceledByExpiry(db, found.chargeUuid)),
    currency: found.currency,
    amount: formatMinor(found.amountMinor, digits),
    paidAmount: found.paidMinor > 0n ? formatMinor(found.paidMinor, digits) : null,
    description: found.description,
    merchantLabel: row.softDescription.trim() || row.merchantName,
    dueDate: found.dueDate,
    expiresAt: found.expiresAt,
    pix: found.typeCharge === 'pix' && found.pixCopyPaste ? { copyPaste: found.pixCopyPaste } : null,
    boleto: found.boletoBarcode && line ? { barcode: found.boletoBarcode, digitableLine: line, formattedLine: formatDigitableLine(line) } : null,
  };
}

async function canceledByExpiry(db: DbOrTx, chargeUuid: string): Promise<boolean> {
  const [last] = await db
    .select({ toStatus: chargeStatusChange.toStatus, reason: chargeStatusChange.reason })
    .from(chargeStatusChange)
    .where(eq(chargeStatusChange.chargeUuid, chargeUuid))
    .orderBy(desc(chargeStatusChange.id))
    .limit(1);
  return last?.toStatus === 'canceled' && (last.reason ?? '').endsWith(EXPIRED_UNPAID);
}

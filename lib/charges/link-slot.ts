import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { paymentLink } from '@/db/schema';
import { now } from '@/lib/clock';
import { paymentLinkErrors } from '@/lib/payment-links/errors';
import { effectiveStatus } from '@/lib/payment-links/status';
import type { ChargeRow } from './record-change';

/**
 * A charge made from a payment link takes one of the link's payments at the moment it is paid
 * (authorized, or a Pix or boleto received), under the link's row lock: racing payers of a
 * single-use link queue here, the first is counted and the link completes, the next finds it used
 * up and its payment is refused (its transaction rolls back, so nothing is captured or credited).
 * An inactive or expired link refuses payments the same way.
 */
export async function takeLinkPayment(tx: DbOrTx, row: Pick<ChargeRow, 'paymentLinkUuid' | 'chargeUuid'>): Promise<void> {
  if (!row.paymentLinkUuid) return;
  const [link] = await tx.select().from(paymentLink).where(eq(paymentLink.paymentLinkUuid, row.paymentLinkUuid)).for('update');
  if (!link) return;
  const status = effectiveStatus(link, now());
  if (status !== 'active') throw paymentLinkErrors.unavailable(status, row.chargeUuid);
  const completes = link.maxPayments !== null && link.paymentsCount + 1 >= link.maxPayments;
  await tx
    .update(paymentLink)
    .set({ paymentsCount: sql`${paymentLink.paymentsCount} + 1`, ...(completes ? { status: 'completed' as const } : {}), updatedAt: now() })
    .where(eq(paymentLink.paymentLinkUuid, row.paymentLinkUuid));
}

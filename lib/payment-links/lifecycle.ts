import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { paymentLink } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { now } from '@/lib/clock';
import type { PaymentLinkRow } from './create';
import { paymentLinkErrors } from './errors';

/**
 * Switches a link off: its checkout says it is no longer available and takes no payment, even one
 * started before (the payment's own check reads the link under its lock). Repeating it changes
 * nothing; a completed link stays completed.
 */
export async function deactivatePaymentLink(db: DbOrTx, caller: Caller, paymentLinkUuid: string): Promise<PaymentLinkRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(paymentLink).where(and(ownedBy(paymentLink, caller), eq(paymentLink.paymentLinkUuid, paymentLinkUuid))).for('update');
    if (!row) throw paymentLinkErrors.notFound();
    if (row.status === 'inactive' || row.status === 'completed') return row;
    const [updated] = await tx.update(paymentLink).set({ status: 'inactive', updatedAt: now() }).where(eq(paymentLink.paymentLinkUuid, paymentLinkUuid)).returning();
    await recordAudit(tx, caller, { action: 'payment_link.deactivated', subjectType: 'payment_link', subjectId: paymentLinkUuid, data: { from: row.status } });
    return updated!;
  });
}

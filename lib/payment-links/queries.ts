import { and, count, eq, getTableColumns, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, paymentLink } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { now } from '@/lib/clock';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import type { PaymentLinkRow } from './create';
import { paymentLinkErrors } from './errors';
import type { PaymentLinkListQuery } from './schemas';

export async function getPaymentLink(db: DbOrTx, caller: Caller, paymentLinkUuid: string): Promise<PaymentLinkRow> {
  const [row] = await db.select().from(paymentLink).where(and(ownedBy(paymentLink, caller), eq(paymentLink.paymentLinkUuid, paymentLinkUuid)));
  if (!row) throw paymentLinkErrors.notFound();
  return row;
}

// Newest first on payment_link_entity_created_idx (entity_uuid, created_at, payment_link_uuid).
const linkOrder = keyset({ createdAt: paymentLink.createdAt, id: paymentLink.paymentLinkUuid });

/**
 * The caller's links, newest first. The status filter reads the effective status (an `active` row
 * past its expiry is `expired`; one whose payments are used up is `completed`), as the answers show it.
 */
export async function listPaymentLinks(db: DbOrTx, caller: Caller, query: PaymentLinkListQuery): Promise<ListPage<PaymentLinkRow>> {
  const where = and(ownedBy(paymentLink, caller), query.wallet_uuid ? eq(paymentLink.walletUuid, query.wallet_uuid) : undefined, query.status ? statusIs(query.status) : undefined);
  const window = { cursor: query.starting_after, limit: query.limit, offset: (query.page - 1) * query.limit };
  const [rows, [totals]] = await Promise.all([
    db
      .select({ ...getTableColumns(paymentLink), ...linkOrder.position })
      .from(paymentLink)
      .where(and(where, linkOrder.seek(window)))
      .orderBy(...linkOrder.orderBy)
      .limit(linkOrder.fetch(window))
      .offset(linkOrder.skip(window)),
    db.select({ total: count() }).from(paymentLink).where(where),
  ]);
  return linkOrder.page(window, rows, totals?.total ?? 0);
}

/** The SQL twin of `effectiveStatus` (./status.ts). */
function statusIs(status: PaymentLinkRow['status']) {
  const at = now().toISOString();
  const usedUp = sql`(${paymentLink.maxPayments} is not null and ${paymentLink.paymentsCount} >= ${paymentLink.maxPayments})`;
  const expired = sql`(${paymentLink.expiresAt} is not null and ${paymentLink.expiresAt} <= ${at}::timestamptz)`;
  switch (status) {
    case 'inactive':
      return sql`${paymentLink.status} = 'inactive'`;
    case 'completed':
      return sql`${paymentLink.status} <> 'inactive' and (${paymentLink.status} = 'completed' or ${usedUp})`;
    case 'expired':
      return sql`${paymentLink.status} <> 'inactive' and ${paymentLink.status} <> 'completed' and not ${usedUp} and (${paymentLink.status} = 'expired' or ${expired})`;
    case 'active':
      return sql`${paymentLink.status} = 'active' and not ${usedUp} and not ${expired}`;
  }
}

/** A link's paid charges and the money they brought, per the charges it started: its conversion. */
export async function paymentLinkTotals(db: DbOrTx, caller: Caller, paymentLinkUuid: string) {
  const [totals] = await db
    .select({
      started: count(),
      paid: sql<number>`count(*) filter (where ${charge.capturedMinor} > 0 or ${charge.paidMinor} > 0)`.mapWith(Number),
      capturedMinor: sql<bigint>`coalesce(sum(${charge.capturedMinor}), 0)::text`.mapWith(BigInt),
    })
    .from(charge)
    .where(and(ownedBy(charge, caller), eq(charge.paymentLinkUuid, paymentLinkUuid)));
  return totals ?? { started: 0, paid: 0, capturedMinor: 0n };
}

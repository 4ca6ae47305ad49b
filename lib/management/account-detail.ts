import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invitation, user } from '@/db/schema';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { now } from '@/lib/clock';
import { configurationsOf, type AccountConfigurations } from './configurations';
import { pricedMerchants, type PricedMerchant } from './pricing';
import { contractWithUsage, type ProductUsage } from './products';
import { findAccount, type AccountRow } from './target';

export interface AccountDetail {
  account: AccountRow;
  merchants: PricedMerchant[];
  memberCount: number;
  /** Invitations sent and still usable (not accepted, revoked or expired). */
  pendingInvitations: number;
  products: ProductUsage[];
  configurations: AccountConfigurations;
}

/** Everything an operator manages of one account, the platform's own included (read only there). */
export async function getAccountDetail(db: DbOrTx, operator: Operator, entityUuid: string): Promise<AccountDetail> {
  assertOperator(operator);
  const row = await findAccount(db, entityUuid);
  const [merchants, [members], [invitations], products] = await Promise.all([
    pricedMerchants(db, row.entityUuid),
    db.select({ n: count() }).from(user).where(eq(user.entityUuid, row.entityUuid)),
    db
      .select({ n: count() })
      .from(invitation)
      .where(and(eq(invitation.entityUuid, row.entityUuid), isNull(invitation.acceptedAt), isNull(invitation.revokedAt), gt(invitation.expiresAt, now()))),
    contractWithUsage(db, row.entityUuid),
  ]);
  return { account: row, merchants, memberCount: members?.n ?? 0, pendingInvitations: invitations?.n ?? 0, products, configurations: configurationsOf(row) };
}

import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { findAccount, operatorActor, type AccountRow } from './target';
import { managementErrors } from './errors';

/**
 * Suspends a merchant account: from the commit on, its API tokens answer 401 and its token
 * exchanges, sign-ins and sessions are refused (each door reads `suspended_at` on every request).
 * Suspending a suspended account changes nothing and answers it as it is; the platform's own
 * account cannot be suspended.
 */
export async function suspendAccount(db: DbOrTx, operator: Operator, entityUuid: string): Promise<AccountRow> {
  assertOperator(operator);
  return setSuspended(db, operator, entityUuid, true);
}

/** Lifts a suspension: the account's unexpired tokens, sessions and credentials work again. Idempotent. */
export async function reactivateAccount(db: DbOrTx, operator: Operator, entityUuid: string): Promise<AccountRow> {
  assertOperator(operator);
  return setSuspended(db, operator, entityUuid, false);
}

// One conditional update: of two operators racing, one changes the row and writes the audit event,
// the other finds it already in the state it asked for.
async function setSuspended(db: DbOrTx, operator: Operator, entityUuid: string, suspend: boolean): Promise<AccountRow> {
  const target = await findAccount(db, entityUuid);
  if (target.kind === 'platform') throw managementErrors.platformAccount();
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(account)
      .set({ suspendedAt: suspend ? sql`now()` : null })
      .where(and(eq(account.entityUuid, target.entityUuid), suspend ? isNull(account.suspendedAt) : isNotNull(account.suspendedAt)))
      .returning();
    if (!changed) return findAccount(tx, target.entityUuid);
    await recordAudit(tx, operatorActor(operator, changed.entityUuid), {
      action: suspend ? 'account.suspended' : 'account.reactivated',
      subjectType: 'account',
      subjectId: changed.entityUuid,
      data: { name: changed.name },
    });
    return changed;
  });
}

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { account } from '@/db/schema';
import type { Actor } from '@/lib/audit/record';
import type { Operator } from '@/lib/auth/caller';
import { managementErrors } from './errors';

export type AccountRow = typeof account.$inferSelect;

/** Who the audit trail names for an operator's change: the operator, filed under the account it changed. */
export function operatorActor(operator: Operator, entityUuid: string): Actor {
  return { type: operator.type, id: operator.id, entityUuid, requestId: operator.requestId };
}

/** Ids reach services from forms too: a malformed one is answered as unknown, never sent to PostgreSQL. */
export const isGuid = (value: string) => z.guid().safeParse(value).success;

/** Any account, the platform's included (for reading); a malformed id is as unknown as a missing one. */
export async function findAccount(db: DbOrTx, entityUuid: string): Promise<AccountRow> {
  const [row] = isGuid(entityUuid) ? await db.select().from(account).where(eq(account.entityUuid, entityUuid)) : [];
  if (!row) throw managementErrors.accountNotFound();
  return row;
}

/**
 * The merchant account an operator is changing, its row locked until the transaction ends so two
 * operators' changes to one account apply one after the other. The platform's own account is refused.
 */
export async function lockManagedAccount(tx: DbOrTx, entityUuid: string): Promise<AccountRow> {
  const [row] = isGuid(entityUuid) ? await tx.select().from(account).where(eq(account.entityUuid, entityUuid)).for('update') : [];
  if (!row) throw managementErrors.accountNotFound();
  if (row.kind === 'platform') throw managementErrors.platformAccount();
  return row;
}

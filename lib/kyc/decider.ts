import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { user } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { isUuid } from '@/lib/credit/queries';

/**
 * Who takes a KYC decision: a platform operator (a dashboard user with role admin, deciding in any
 * account) or, in the sandbox, an API client deciding for its own account's wallets.
 */
export interface KycDecider {
  type: 'user' | 'api_client';
  id: string;
  /** The one account this decider may decide in; null for operators, the platform's cross-account actors. */
  entityUuid: string | null;
  requestId?: string;
}

/** An operator: the caller must already have passed `requireAdmin()`. */
export function operatorDecider(userId: string): KycDecider {
  return { type: 'user', id: userId, entityUuid: null };
}

export function sandboxDecider(caller: Caller): KycDecider {
  return { type: 'api_client', id: caller.id, entityUuid: caller.entityUuid, requestId: caller.requestId };
}

/** What `credit_wallet.kyc_decided_by` stores: an operator's user id, or `sandbox:<client_id>`. */
export function decidedByValue(decider: KycDecider): string {
  return decider.type === 'user' ? decider.id : `sandbox:${decider.id}`;
}

/** `kyc_decided_by` as an operator reads it: the operator's email, or the sandbox client. */
export async function describeDecidedBy(db: DbOrTx, decidedBy: string): Promise<string> {
  if (decidedBy.startsWith('sandbox:')) return `sandbox API client ${decidedBy.slice('sandbox:'.length)}`;
  const [found] = isUuid(decidedBy) ? await db.select({ email: user.email }).from(user).where(eq(user.id, decidedBy)) : [];
  return found?.email ?? decidedBy;
}

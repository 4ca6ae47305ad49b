import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { user } from '@/db/schema';
import { assertOperator, type Caller, type Operator } from '@/lib/auth/caller';
import { commonErrors } from '@/lib/errors/common';
import { isUuid } from '@/lib/credit/queries';

// Deciders are made only by the two functions below (the symbol is not exported), so a merchant's
// Caller, or an object literal shaped like a decider, cannot decide KYC.
const DECIDER: unique symbol = Symbol('kyc-decider');

/**
 * Who takes a KYC decision: a platform operator (an Operator, deciding in any account) or, in the
 * sandbox, an API client deciding for its own account's wallets.
 */
export interface KycDecider {
  readonly type: 'user' | 'api_client';
  readonly id: string;
  /** The one account this decider may decide in; null for operators, the platform's cross-account actors. */
  readonly entityUuid: string | null;
  readonly requestId?: string;
  readonly [DECIDER]: true;
}

/** An operator deciding in any account; only an admin session makes an Operator. */
export function operatorDecider(operator: Operator): KycDecider {
  assertOperator(operator);
  return { type: operator.type, id: operator.id, entityUuid: null, requestId: operator.requestId, [DECIDER]: true };
}

/** The sandbox "simulate": a caller deciding its own account's wallets (and only those), as an operator would. */
export function sandboxDecider(caller: Caller): KycDecider {
  return { type: 'api_client', id: caller.id, entityUuid: caller.entityUuid, requestId: caller.requestId, [DECIDER]: true };
}

/** The KYC services' run-time check that the decider came from one of the functions above. */
export function assertDecider(candidate: KycDecider): void {
  if (typeof candidate !== 'object' || candidate === null || candidate[DECIDER] !== true) throw notADecider();
}

const notADecider = () => commonErrors.forbidden('Only platform operators may decide KYC', 'Apenas operadores da plataforma podem decidir o KYC');

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

import type { DbOrTx } from '@/db/client';
import { canReachWallet, type Caller } from '@/lib/auth/caller';
import { walletErrors } from '@/lib/wallets/errors';
import { approveKyc, rejectKyc, type KycDecision } from './decide';
import { sandboxDecider } from './decider';
import type { KycDecisionBody } from './response-schemas';
import type { SandboxKycDecision } from './schemas';

/**
 * Seed 003's "Simulate": an integrator decides its own pending credit wallet the way an operator
 * would (same services, same audit rows and webhook events), to test its webhook handling. The
 * door refuses it in production; here it is only scoped to the caller's account.
 */
export async function simulateKycDecision(db: DbOrTx, caller: Caller, walletUuid: string, input: SandboxKycDecision): Promise<KycDecision> {
  if (!canReachWallet(caller, walletUuid)) throw walletErrors.notFound();
  const decider = sandboxDecider(caller);
  return input.action === 'approve' ? approveKyc(db, decider, walletUuid) : rejectKyc(db, decider, walletUuid, input.reason);
}

/** The answer: the `baas.invoice.wallet` webhook's own fields, plus the rejection reason. */
export function kycDecisionBody(decision: KycDecision): KycDecisionBody {
  return {
    wallet_key: decision.walletKey,
    owner_person_key: decision.ownerPersonKey,
    wallet_status: decision.status,
    reason: decision.reason,
  };
}

'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { runAction } from '@/lib/actions/run-action';
import { operatorFromSession } from '@/lib/auth/session';
import { approveKyc, rejectKyc, type KycDecision } from '@/lib/kyc/decide';
import { operatorDecider } from '@/lib/kyc/decider';
import { kycRejectionSchema } from '@/lib/kyc/schemas';

/** The review page's Approve button: an operator's final decision, then back to the queue. */
export async function approveKycAction(walletKey: string) {
  const operator = await operatorFromSession();
  const result = await runAction('operator', z.string(), walletKey, ({ db, input }) => approveKyc(db, operatorDecider(operator), input));
  return result.ok ? backToQueue(result.data) : result;
}

/** The review page's Reject form: the reason is required (3 to 500 characters). */
export async function rejectKycAction(walletKey: string, input: unknown) {
  const operator = await operatorFromSession();
  const result = await runAction('operator', kycRejectionSchema, input, ({ db, input }) => rejectKyc(db, operatorDecider(operator), walletKey, input.reason));
  return result.ok ? backToQueue(result.data) : result;
}

/** Outside runAction: redirect() works by throwing, which runAction would report as a failure. */
function backToQueue(decision: KycDecision): never {
  revalidatePath('/admin/kyc');
  revalidatePath('/admin');
  redirect(`/admin/kyc?${new URLSearchParams({ decided: decision.status === 'active' ? 'approved' : 'rejected', wallet: decision.walletKey })}`);
}

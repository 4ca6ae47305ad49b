'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { runAction } from '@/lib/actions/run-action';
import { requestPayout } from '@/lib/payouts/create';
import { cancelScheduledPayout } from '@/lib/payouts/lifecycle';
import { createPayoutSchema } from '@/lib/payouts/schemas';

const PAYOUTS = '/dashboard/payouts';

/** "Request payout": the same body and service as `POST /api/v1/bank/wallet/payout/`, run once per idempotency key. */
export async function requestPayoutAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'payouts.manage',
    createPayoutSchema,
    input,
    async ({ db, caller, input }) => {
      const { payout } = await requestPayout(db, caller, input);
      revalidatePath(PAYOUTS, 'layout');
      return { payoutUuid: payout.payoutUuid };
    },
    { idempotency: { action: 'payouts.request', key: idempotencyKey } },
  );
}

const payoutParamsSchema = z.object({ payout_uuid: z.uuid() });

/** Cancels one of the account's scheduled payouts before its day (the service refuses any other). */
export async function cancelPayoutAction(input: unknown) {
  return runAction('payouts.manage', payoutParamsSchema, input, async ({ db, caller, input }) => {
    const payout = await cancelScheduledPayout(db, caller, input.payout_uuid);
    revalidatePath(PAYOUTS, 'layout');
    return { status: payout.status };
  });
}

'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { createCreditWallet } from '@/lib/credit/create-wallet';
import { updateWalletLimit } from '@/lib/credit/limits';
import { createCreditWalletSchema, walletLimitUpdateSchema } from '@/lib/credit/schemas';

/** The onboarding wizard: the same schema and service as `POST /api/v1/credit/wallet`. */
export async function createCreditWalletAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    createCreditWalletSchema,
    input,
    async ({ db, caller, input }) => {
      const created = await createCreditWallet(db, caller, input);
      revalidatePath('/dashboard/wallets/credit');
      return { walletKey: created.walletKey };
    },
    { idempotency: { action: 'credit_wallets.create', key: idempotencyKey } },
  );
}

/** The wallet page's limit form: the same schema and service as the limit PATCH. */
export async function updateWalletLimitAction(walletKey: string, walletLimitKey: string, input: unknown) {
  return runAction(walletLimitUpdateSchema, input, async ({ db, caller, input }) => {
    await updateWalletLimit(db, caller, { walletKey, walletLimitKey, limitAmountMinor: input.limit_amount });
    revalidatePath(`/dashboard/wallets/credit/${walletKey}`);
    return { walletLimitKey };
  });
}

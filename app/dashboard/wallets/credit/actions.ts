'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { runAction } from '@/lib/actions/run-action';
import { createCreditWallet } from '@/lib/credit/create-wallet';
import { toNewCreditWallet } from '@/lib/credit/from-wire';
import { updateWalletLimit } from '@/lib/credit/limits';
import { money } from '@/lib/money/money';
import { findCreditWallet } from '@/lib/credit/queries';
import { createCreditWalletSchema, walletLimitUpdateSchema } from '@/lib/credit/schemas';

/** The onboarding wizard: the same schema and service as `POST /api/v1/credit/wallet`. */
export async function createCreditWalletAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'wallets.manage',
    createCreditWalletSchema,
    input,
    async ({ db, caller, input }) => {
      const created = await createCreditWallet(db, caller, toNewCreditWallet(input));
      revalidatePath('/dashboard/wallets/credit');
      return { walletKey: created.walletKey };
    },
    { idempotency: { action: 'credit_wallets.create', key: idempotencyKey } },
  );
}

/** The wallet page's limit form: the same schema and service as the limit PATCH. */
export async function updateWalletLimitAction(walletKey: string, walletLimitKey: string, input: unknown) {
  return runAction('wallets.manage', walletLimitUpdateSchema, input, async ({ db, caller, input }) => {
    await updateWalletLimit(db, caller, { walletKey, walletLimitKey, limit: money(input.limit_amount, 'BRL') });
    revalidatePath(`/dashboard/wallets/credit/${walletKey}`);
    return { walletLimitKey };
  });
}

/** The credit wallet page's live status while KYC is pending: a read, polled by the page. */
export async function readCreditWalletStatusAction(walletKey: unknown) {
  return runAction('member', z.string(), walletKey, async ({ db, caller, input }) => ({ status: (await findCreditWallet(db, caller, input)).status }));
}

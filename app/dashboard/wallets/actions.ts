'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { walletBalances } from '@/lib/ledger/balances';
import { createPaymentWallet } from '@/lib/wallets/create';
import { toNewPaymentWallet } from '@/lib/wallets/from-wire';
import { deactivatePaymentWallet, reactivatePaymentWallet } from '@/lib/wallets/lifecycle';
import { createWalletSchema, walletParamsSchema } from '@/lib/wallets/schemas';
import { toCredentialsBody } from '@/lib/wallets/serialize';

/** The "New payment wallet" form: the same schema and service as `POST /api/v1/bank/wallet/`. */
export async function createWalletAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'wallets.manage',
    createWalletSchema,
    input,
    async ({ db, caller, input }) => {
      const { wallet, credentials } = await createPaymentWallet(db, caller, toNewPaymentWallet(input));
      revalidatePath('/dashboard/wallets');
      // The secret travels to the browser this once, for the reveal-once dialog.
      return { walletUuid: wallet.walletUuid, credentials: credentials && toCredentialsBody(credentials) };
    },
    { idempotency: { action: 'wallets.create', key: idempotencyKey } },
  );
}

export async function deactivateWalletAction(input: unknown) {
  return runAction('wallets.manage', walletParamsSchema, input, async ({ db, caller, input }) => {
    const wallet = await deactivatePaymentWallet(db, caller, input.wallet_uuid);
    revalidatePath('/dashboard/wallets', 'layout');
    return { status: wallet.status };
  });
}

export async function reactivateWalletAction(input: unknown) {
  return runAction('wallets.manage', walletParamsSchema, input, async ({ db, caller, input }) => {
    const wallet = await reactivatePaymentWallet(db, caller, input.wallet_uuid);
    revalidatePath('/dashboard/wallets', 'layout');
    return { status: wallet.status };
  });
}

/** The wallet page's live balances: available, pending and reserved, as exact integers of minor units. */
export async function readWalletBalancesAction(input: unknown) {
  return runAction('member', walletParamsSchema, input, async ({ db, caller, input }) => {
    const balances = await walletBalances(db, caller, input.wallet_uuid);
    return { available: balances.available.toString(), pending: balances.pending.toString(), reserved: balances.reserved.toString() };
  });
}

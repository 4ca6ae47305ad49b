'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { isProductionApp } from '@/lib/env';
import { commonErrors } from '@/lib/errors/common';
import { formatMinor } from '@/lib/money/decimal';
import {
  createVirtualWalletActionSchema,
  holdingConfigurationActionSchema,
  simulateDepositActionSchema,
  transferActionSchema,
  virtualWalletActionSchema,
} from '@/lib/virtual-wallets/action-schemas';
import { createVirtualWallet } from '@/lib/virtual-wallets/create';
import { updateHoldingConfiguration } from '@/lib/virtual-wallets/holding';
import { deactivateVirtualWallet, reactivateVirtualWallet } from '@/lib/virtual-wallets/lifecycle';
import { getVirtualWallet } from '@/lib/virtual-wallets/queries';
import { simulateVirtualDeposit } from '@/lib/virtual-wallets/sandbox';
import { transferToVirtualWallet } from '@/lib/virtual-wallets/transfers';

// The holding view's and the virtual wallet pages' changes: the same schemas and services as the
// routes under /api/v1/bank/wallet/{wallet_uuid}/virtual/ and …/holding/. Every one of them
// changes the holding's pages (its figures, chart, list, deposits), so each refreshes them all.
const refresh = (walletUuid: string) => revalidatePath(`/dashboard/wallets/${walletUuid}`, 'layout');

/** "New virtual wallet": `POST …/virtual/`, run once per idempotency key. */
export async function createVirtualWalletAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'wallets.manage',
    createVirtualWalletActionSchema,
    input,
    async ({ db, caller, input }) => {
      const created = await createVirtualWallet(db, caller, input.wallet_uuid, { reference: input.reference, name: input.name });
      refresh(input.wallet_uuid);
      return { virtualWalletUuid: created.virtualWalletUuid };
    },
    { idempotency: { action: 'virtual_wallets.create', key: idempotencyKey } },
  );
}

export async function deactivateVirtualWalletAction(input: unknown) {
  return runAction('wallets.manage', virtualWalletActionSchema, input, async ({ db, caller, input }) => {
    const updated = await deactivateVirtualWallet(db, caller, input.wallet_uuid, input.virtual_wallet_uuid);
    refresh(input.wallet_uuid);
    return { status: updated.status };
  });
}

export async function reactivateVirtualWalletAction(input: unknown) {
  return runAction('wallets.manage', virtualWalletActionSchema, input, async ({ db, caller, input }) => {
    const updated = await reactivateVirtualWallet(db, caller, input.wallet_uuid, input.virtual_wallet_uuid);
    refresh(input.wallet_uuid);
    return { status: updated.status };
  });
}

/** "Transfer": `POST …/virtual/{virtual_wallet_uuid}/transfer/`, run once per idempotency key (money moves). */
export async function transferVirtualWalletAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'wallets.manage',
    transferActionSchema,
    input,
    async ({ db, caller, input }) => {
      const transfer = await transferToVirtualWallet(db, caller, input.wallet_uuid, input.virtual_wallet_uuid, {
        amountMinor: input.amount,
        direction: input.direction,
        description: input.description,
      });
      refresh(input.wallet_uuid);
      return { transferUuid: transfer.transferUuid, balance: formatMinor(transfer.balanceAfterMinor, 2) };
    },
    { idempotency: { action: 'virtual_wallets.transfer', key: idempotencyKey } },
  );
}

/** The holding's settings: `PUT …/holding/`. */
export async function updateHoldingConfigurationAction(input: unknown) {
  return runAction('wallets.manage', holdingConfigurationActionSchema, input, async ({ db, caller, input }) => {
    await updateHoldingConfiguration(db, caller, input.wallet_uuid, {
      minimumDepositMinor: input.minimum_deposit,
      leverageCeilingMinor: input.leverage_ceiling,
      reserveRatioBps: input.reserve_ratio_bps,
    });
    refresh(input.wallet_uuid);
    return { saved: true };
  });
}

/**
 * Sandbox (never in production): a payer pays the virtual wallet's BR Code, through the adapter
 * entry point the sandbox route uses (`simulateVirtualDeposit` → `receivePixDeposit`). Once per
 * idempotency key, so a double click deposits once.
 */
export async function simulateVirtualDepositAction(input: unknown, idempotencyKey?: string) {
  return runAction(
    'wallets.manage',
    simulateDepositActionSchema,
    input,
    async ({ db, caller, input }) => {
      if (isProductionApp()) throw commonErrors.notFound('Sandbox simulation is not available in production', 'A simulação não está disponível em produção');
      // Under this holding (404 otherwise), as the page that sent it.
      const target = await getVirtualWallet(db, caller, input.wallet_uuid, input.virtual_wallet_uuid);
      const { deposit } = await simulateVirtualDeposit(db, caller, target.virtualWalletUuid, { amountMinor: input.amount });
      refresh(input.wallet_uuid);
      return { status: deposit.status, reason: deposit.reason, amount: formatMinor(deposit.amountMinor, 2) };
    },
    { idempotency: { action: 'virtual_wallets.sandbox_deposit', key: idempotencyKey } },
  );
}

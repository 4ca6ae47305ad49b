import { and, eq, getTableColumns } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ledgerAccount, virtualWallet, virtualWalletDeposit, wallet, type VirtualDepositRefusal } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors/app-error';
import { recordEvent } from '@/lib/webhooks/outbox';
import { virtualWalletErrors } from './errors';
import { virtualDepositReceived, virtualDepositRefused } from './events';
import { lockHolding } from './holding';
import { postVirtualDeposit } from './postings';
import type { VirtualDepositRow } from './queries';

/**
 * A Pix payment a provider reports to a virtual wallet's BR Code: the interface a real PSP's
 * notification (its webhook) is translated into, and what the sandbox's deposit simulation sends,
 * as `receivePayment` is for charges (lib/charges/payments.ts). The txid names the virtual wallet;
 * the end-to-end id is the payment's own (a repeated notification carries the same one).
 */
export interface PixDepositNotification {
  txid: string;
  amountMinor: bigint;
  endToEndId: string;
  paidAt?: Date;
  payerName?: string | null;
}

export interface DepositOutcome {
  /** The deposit, with its virtual wallet's reference. */
  deposit: VirtualDepositRow & { reference: string };
  /** The notification was seen before: its deposit as recorded then, nothing moved again. */
  replayed: boolean;
}

const amountInvalid = () =>
  new AppError({ status: 422, code: 'errors.virtual_wallet.amount_invalid', message: 'A deposit is greater than zero', translation: 'Um depósito é maior que zero' });

/**
 * Records a reported Pix deposit on its virtual wallet, in one transaction under the holding's
 * lock (lib/virtual-wallets/holding.ts):
 * - credited: the money lands in the holding's `available` and the virtual balance rises by it at
 *   once (lib/virtual-wallets/postings.ts), announced as `virtual_wallet.deposit_received`;
 * - refused, when the virtual wallet is deactivated, the holding wallet is not active, or the
 *   amount is under the holding's minimum: recorded with its reason and announced as
 *   `virtual_wallet.deposit_refused` (FAILED), nothing moved (the provider returns it to the payer).
 * The same end-to-end id again answers the first deposit (`replayed`), crediting nothing twice.
 * An unknown txid is a 404: it is no virtual wallet's (a charge's Pix goes to `receivePayment`).
 */
export async function receivePixDeposit(db: DbOrTx, notification: PixDepositNotification): Promise<DepositOutcome> {
  if (notification.amountMinor <= 0n) throw amountInvalid();
  const [target] = await db
    .select({ virtualWalletUuid: virtualWallet.virtualWalletUuid, walletUuid: virtualWallet.walletUuid, entityUuid: virtualWallet.entityUuid })
    .from(virtualWallet)
    .where(eq(virtualWallet.pixTxid, notification.txid));
  if (!target) throw virtualWalletErrors.depositNotFound();
  const paidAt = notification.paidAt ?? now();

  try {
    return await db.transaction(async (tx) => {
      const holding = (await lockHolding(tx, target.walletUuid))!;
      const seen = await byEndToEndId(tx, target.entityUuid, notification.endToEndId);
      if (seen) return { deposit: seen, replayed: true };

      // Read under their locks: a deactivation of either commits before this reads it, or waits for this deposit.
      const [customer] = await tx.select().from(virtualWallet).where(eq(virtualWallet.virtualWalletUuid, target.virtualWalletUuid)).for('share');
      const [holder] = await tx.select({ status: wallet.status, currency: wallet.currency }).from(wallet).where(eq(wallet.walletUuid, target.walletUuid)).for('key share');
      const refusal: VirtualDepositRefusal | null =
        holder!.status !== 'active'
          ? 'holding_not_active'
          : customer!.status !== 'active'
            ? 'virtual_wallet_deactivated'
            : notification.amountMinor < holding.minimumDepositMinor
              ? 'below_minimum'
              : null;

      const [deposit] = await tx
        .insert(virtualWalletDeposit)
        .values({
          entityUuid: target.entityUuid,
          walletUuid: target.walletUuid,
          virtualWalletUuid: target.virtualWalletUuid,
          status: refusal ? 'refused' : 'credited',
          reason: refusal,
          amountMinor: notification.amountMinor,
          currency: holder!.currency,
          pixTxid: notification.txid,
          endToEndId: notification.endToEndId,
          payerName: notification.payerName ?? null,
          paidAt,
        })
        .returning();

      let balance: bigint | null = null;
      if (!refusal) {
        const ref = { virtualWalletUuid: target.virtualWalletUuid, walletUuid: target.walletUuid, entityUuid: target.entityUuid, currency: holder!.currency };
        await postVirtualDeposit(tx, ref, deposit!.depositUuid, notification.amountMinor, `Pix deposit to ${customer!.reference}`);
        balance = await virtualBalance(tx, target.virtualWalletUuid);
      }
      await recordEvent(tx, target.entityUuid, refusal ? virtualDepositRefused : virtualDepositReceived, {
        subject: { type: 'virtual_wallet_deposit', id: deposit!.depositUuid },
        data: {
          deposit_uuid: deposit!.depositUuid,
          virtual_wallet_uuid: target.virtualWalletUuid,
          wallet_uuid: target.walletUuid,
          reference: customer!.reference,
          status: deposit!.status,
          reason: refusal,
          amount_minor: notification.amountMinor.toString(),
          currency: deposit!.currency,
          pix_txid: notification.txid,
          end_to_end_id: notification.endToEndId,
          payer_name: deposit!.payerName,
          balance_minor: balance === null ? null : balance.toString(),
          paid_at: paidAt.toISOString(),
        },
      });
      return { deposit: { ...deposit!, reference: customer!.reference }, replayed: false };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'virtual_wallet_deposit_end_to_end_unique')) {
      const seen = await byEndToEndId(db, target.entityUuid, notification.endToEndId);
      if (seen) return { deposit: seen, replayed: true };
    }
    throw error;
  }
}

async function byEndToEndId(db: DbOrTx, entityUuid: string, endToEndId: string): Promise<DepositOutcome['deposit'] | null> {
  const [row] = await db
    .select({ ...getTableColumns(virtualWalletDeposit), reference: virtualWallet.reference })
    .from(virtualWalletDeposit)
    .innerJoin(virtualWallet, eq(virtualWallet.virtualWalletUuid, virtualWalletDeposit.virtualWalletUuid))
    .where(and(eq(virtualWalletDeposit.entityUuid, entityUuid), eq(virtualWalletDeposit.endToEndId, endToEndId)));
  return row ?? null;
}

/** A virtual wallet's stored balance (zero before its first movement). */
export async function virtualBalance(db: DbOrTx, virtualWalletUuid: string): Promise<bigint> {
  const [row] = await db
    .select({ balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.virtualWalletUuid, virtualWalletUuid), eq(ledgerAccount.code, 'virtual_balance')));
  return row?.balance ?? 0n;
}

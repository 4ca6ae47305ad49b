import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { walletLimit, wallet as walletTable } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { recordAudit } from '@/lib/audit/record';
import { InsufficientBalanceError } from '@/lib/ledger/post';
import type { Money } from '@/lib/money/money';
import { recordEvent } from '@/lib/webhooks/outbox';
import { walletLimitChanged } from './events';
import { creditErrors } from './errors';
import { moveLimit, remainingLimit } from './limit-ledger';
import { findCreditWallet, isUuid, type WalletLimitRow } from './queries';

export interface UpdateWalletLimitInput {
  walletKey: string;
  walletLimitKey: string;
  /** The new limit amount; credit wallets hold reais. */
  limit: Money;
}

/**
 * Reference B.4: sets a limit's amount, never below what is already used (CIN000110). Only the
 * postpaid credit limit changes this way, on default and payroll wallets alike; a payroll
 * withdrawal limit is refused (WLT000003). The difference moves in the ledger, whose
 * `credit_available` account refuses a take-back beyond what purchases left unused, so a purchase
 * racing the change sees either the old limit or the new one and never both.
 */
export async function updateWalletLimit(db: Db, caller: Caller, input: UpdateWalletLimitInput): Promise<WalletLimitRow> {
  return db.transaction(async (tx) => {
    const wallet = await findCreditWallet(tx, caller, input.walletKey);
    // Shared lock: a KYC decision (which locks the wallet for update) waits for this change or
    // makes it wait, so a limit never changes on a wallet rejected meanwhile.
    const [locked] = await tx
      .select({ status: walletTable.status })
      .from(walletTable)
      .where(eq(walletTable.walletUuid, wallet.walletKey))
      .for('share');
    if (locked?.status === 'rejected' || locked?.status === 'deactivated') throw creditErrors.walletLimitsClosed(locked.status);
    const [current] = isUuid(input.walletLimitKey)
      ? await tx
          .select()
          .from(walletLimit)
          .where(and(ownedBy(walletLimit, caller), eq(walletLimit.walletLimitKey, input.walletLimitKey), eq(walletLimit.walletUuid, wallet.walletKey)))
          .for('update')
      : [];
    if (!current) throw creditErrors.walletLimitNotFound(input.walletLimitKey);
    if (current.limitType !== 'postpaid_credit_limit') throw creditErrors.limitTypeNotUpdatable(current.limitType);
    if (input.limit.currency !== 'BRL') throw new Error(`A credit limit is in BRL, not ${input.limit.currency}`);
    const owner = { entityUuid: current.entityUuid, walletUuid: wallet.walletKey };
    const usedBefore = current.limitAmountMinor - (await remainingLimit(tx, wallet.walletKey, current.limitType));
    if (input.limit.minor < usedBefore) throw creditErrors.limitBelowUsed();
    try {
      // The posting is the arbiter: a purchase committing between the read above and here can
      // only make the lower limit's take-back overdraw `credit_available`, which the CHECK refuses.
      await moveLimit(tx, owner, current.limitType, input.limit.minor - current.limitAmountMinor, {
        kind: 'credit_limit_changed',
        description: `Limit ${current.limitType} changed`,
      });
    } catch (error) {
      if (error instanceof InsufficientBalanceError) throw creditErrors.limitBelowUsed();
      throw error;
    }
    const [changed] = await tx
      .update(walletLimit)
      .set({ limitAmountMinor: input.limit.minor, updatedAt: new Date() })
      .where(eq(walletLimit.walletLimitKey, current.walletLimitKey))
      .returning();
    const updated = { ...changed!, usedLimitMinor: input.limit.minor - (await remainingLimit(tx, wallet.walletKey, current.limitType)) };
    await recordAudit(tx, caller, {
      action: 'credit_wallet.limit_updated',
      subjectType: 'wallet_limit',
      subjectId: current.walletLimitKey,
      data: {
        wallet_key: wallet.walletKey,
        limit_type: current.limitType,
        previous_limit_amount_minor: current.limitAmountMinor.toString(),
        limit_amount_minor: input.limit.minor.toString(),
      },
    });
    await recordEvent(tx, caller.entityUuid, walletLimitChanged, {
      subject: { type: 'wallet', id: wallet.walletKey },
      data: {
        wallet_uuid: wallet.walletKey,
        wallet_kind: 'credit',
        wallet_status: wallet.status,
        currency: 'BRL',
        owner_person_key: wallet.ownerPersonKey,
        wallet_limit: {
          wallet_limit_key: updated.walletLimitKey,
          limit_type: updated.limitType,
          limit_amount_minor: updated.limitAmountMinor.toString(),
          used_limit_minor: updated.usedLimitMinor.toString(),
        },
      },
    });
    return updated;
  });
}

import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { walletLimit } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { recordAudit } from '@/lib/audit/record';
import { recordEvent } from '@/lib/webhooks/outbox';
import { walletLimitChanged } from './events';
import { creditErrors } from './errors';
import { findCreditWallet, isUuid, type WalletLimitRow } from './queries';

export interface UpdateWalletLimitInput {
  walletKey: string;
  walletLimitKey: string;
  limitAmountMinor: bigint;
}

/**
 * Reference B.4: sets a limit's amount, never below what is already used (CIN000110). Only the
 * postpaid credit limit changes this way, on default and payroll wallets alike; a payroll
 * withdrawal limit is refused (WLT000003). The row is locked so a purchase racing for the limit
 * sees either the old amount or the new one, and the CHECK on the table backs the rule.
 */
export async function updateWalletLimit(db: Db, caller: Caller, input: UpdateWalletLimitInput): Promise<WalletLimitRow> {
  return db.transaction(async (tx) => {
    const wallet = await findCreditWallet(tx, caller, input.walletKey);
    const [current] = isUuid(input.walletLimitKey)
      ? await tx
          .select()
          .from(walletLimit)
          .where(and(eq(walletLimit.walletLimitKey, input.walletLimitKey), eq(walletLimit.walletUuid, wallet.walletKey)))
          .for('update')
      : [];
    if (!current) throw creditErrors.walletLimitNotFound(input.walletLimitKey);
    if (current.limitType !== 'postpaid_credit_limit') throw creditErrors.limitTypeNotUpdatable(current.limitType);
    if (input.limitAmountMinor < current.usedLimitMinor) throw creditErrors.limitBelowUsed();

    const [updated] = await tx
      .update(walletLimit)
      .set({ limitAmountMinor: input.limitAmountMinor, updatedAt: new Date() })
      .where(eq(walletLimit.walletLimitKey, current.walletLimitKey))
      .returning();
    await recordAudit(tx, caller, {
      action: 'credit_wallet.limit_updated',
      subjectType: 'wallet_limit',
      subjectId: current.walletLimitKey,
      data: {
        wallet_key: wallet.walletKey,
        limit_type: current.limitType,
        previous_limit_amount_minor: current.limitAmountMinor.toString(),
        limit_amount_minor: input.limitAmountMinor.toString(),
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
          wallet_limit_key: updated!.walletLimitKey,
          limit_type: updated!.limitType,
          limit_amount_minor: updated!.limitAmountMinor.toString(),
          used_limit_minor: updated!.usedLimitMinor.toString(),
        },
      },
    });
    return updated!;
  });
}

import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { account, creditWallet, wallet, type WalletStatus } from '@/db/schema';
import { assertOperator, type Operator } from '@/lib/auth/caller';
import { describeDecidedBy } from './decider';

export interface KycDecisionRow {
  walletKey: string;
  accountName: string;
  ownerName: string | null;
  ownerDocumentNumber: string;
  /** The wallet's status now (an approved wallet may since have been deactivated). */
  status: WalletStatus;
  decidedBy: string;
  decidedAt: Date;
  /** Why, for a rejection; null for an approval. */
  reason: string | null;
}

export const KYC_DECISIONS_SHOWN = 50;

/** The latest KYC decisions across every account, newest first: who decided, when and why. */
export async function listKycDecisions(db: DbOrTx, operator: Operator): Promise<KycDecisionRow[]> {
  assertOperator(operator);
  const rows = await db
    .select({
      walletKey: wallet.walletUuid,
      accountName: account.name,
      ownerName: wallet.name,
      ownerDocumentNumber: creditWallet.ownerDocumentNumber,
      status: wallet.status,
      decidedBy: creditWallet.kycDecidedBy,
      decidedAt: creditWallet.kycDecidedAt,
      reason: creditWallet.kycRejectionReason,
    })
    .from(creditWallet)
    .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
    .innerJoin(account, eq(account.entityUuid, wallet.entityUuid))
    .where(and(isNotNull(creditWallet.kycDecidedAt), isNotNull(creditWallet.kycDecidedBy)))
    .orderBy(desc(creditWallet.kycDecidedAt), desc(creditWallet.walletUuid))
    .limit(KYC_DECISIONS_SHOWN);
  const deciders = new Map<string, string>();
  for (const row of rows) if (!deciders.has(row.decidedBy!)) deciders.set(row.decidedBy!, await describeDecidedBy(db, row.decidedBy!));
  return rows.map((row) => ({ ...row, decidedBy: deciders.get(row.decidedBy!)!, decidedAt: row.decidedAt! }));
}

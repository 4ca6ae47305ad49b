import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '@/db/client';
import type { WalletAccountCode } from '@/db/schema';
import { platformAccount, walletAccount, type WalletRef } from './accounts';
import { checkIntegrity, type IntegrityReport } from './integrity';
import { post } from './post';

/**
 * Tests only: money into one of a wallet's accounts the way real money arrives, a balanced posting
 * from the account's Pix clearing account (which may go negative), never by writing a balance.
 * Answers the transaction's uuid.
 */
export async function depositForTest(db: DbOrTx, wallet: WalletRef, amountMinor: bigint, code: WalletAccountCode = 'available'): Promise<string> {
  const into = await walletAccount(db, wallet, code);
  const from = await platformAccount(db, wallet.entityUuid, 'pix_clearing', wallet.currency);
  return post(db, {
    entityUuid: wallet.entityUuid,
    kind: 'test_deposit',
    reference: { type: 'test', id: randomUUID() },
    description: 'Test deposit',
    entries: [
      { account: into, amountMinor },
      { account: from, amountMinor: -amountMinor },
    ],
  });
}

/**
 * For tests of anything that moves money: the account's ledger still holds every invariant
 * (balances equal their entries, transactions balance, no non-negative account below zero).
 * Throws with each broken item on its own line, so a failure says what went wrong, not just `false`.
 */
export async function expectLedgerIntact(db: DbOrTx, entityUuid: string): Promise<IntegrityReport> {
  const report = await checkIntegrity(db, { entityUuid });
  if (!report.ok) throw new Error(`The ledger of account ${entityUuid} is not intact:\n${describeProblems(report).join('\n')}`);
  return report;
}

export function describeProblems(report: IntegrityReport): string[] {
  return [
    ...report.mismatchedAccounts.map(
      (a) => `  account ${a.accountId} (${a.code} ${a.currency}, wallet ${a.walletUuid ?? '-'}): stored ${a.stored}, entries sum to ${a.fromEntries} (off by ${a.stored - a.fromEntries})`,
    ),
    ...report.unbalancedTransactions.map((t) => `  transaction ${t.transactionUuid}: its ${t.currency} entries sum to ${t.sum}, not 0`),
    ...report.negativeAccounts.map((a) => `  account ${a.accountId} (${a.code} ${a.currency}, wallet ${a.walletUuid ?? '-'}) may not go negative but holds ${a.balance}`),
    ...report.unbalancedHoldings.map((h) => `  holding ${h.walletUuid} (${h.currency}): virtual_allocated ${h.allocated} is not minus its virtual balances' ${h.virtualTotal}`),
  ];
}

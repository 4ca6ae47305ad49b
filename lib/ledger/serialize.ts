import type { z } from 'zod';
import { CURRENCY_DIGITS, currencyDigits, WALLET_CURRENCIES, type WalletCurrency } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import type { WalletBalances } from './balances';
import type { IntegrityReport } from './integrity';
import type { integrityReportSchema, statementEntrySchema, walletBalanceSchema } from './schemas';
import type { StatementRow } from './statement';

// Typed by the response schemas, so a field the document lacks (or one it promises) fails tsc.
type WalletBalanceBody = z.input<typeof walletBalanceSchema>;
type StatementEntryBody = z.input<typeof statementEntrySchema>;
type IntegrityReportBody = z.input<typeof integrityReportSchema>;

export function toWalletBalanceBody(balances: WalletBalances): WalletBalanceBody {
  const digits = currencyDigits(balances.currency);
  return {
    wallet_uuid: balances.walletUuid,
    currency: walletCurrency(balances.currency),
    available: formatMinor(balances.available, digits),
    pending: formatMinor(balances.pending, digits),
    reserved: formatMinor(balances.reserved, digits),
  };
}

export function toStatementEntryBody(row: StatementRow, digits: number): StatementEntryBody {
  return {
    entry_id: row.entryId.toString(),
    transaction_uuid: row.transactionUuid,
    kind: row.kind,
    reference_type: row.referenceType,
    reference_id: row.referenceId,
    description: row.description,
    account: row.account,
    amount: formatMinor(row.amountMinor, digits),
    balance_after: formatMinor(row.balanceAfterMinor, digits),
    created_at: row.createdAt.toISOString(),
  };
}

export function toIntegrityReportBody(report: IntegrityReport, scope: { entityUuid: string; walletUuid: string | null }): IntegrityReportBody {
  const identity = (a: { accountId: bigint; code: string; walletUuid: string | null; currency: string }) => ({
    account_id: a.accountId.toString(),
    code: a.code,
    wallet_uuid: a.walletUuid,
    currency: a.currency,
  });
  return {
    ok: report.ok,
    checked_at: report.checkedAt.toISOString(),
    entity_uuid: scope.entityUuid,
    wallet_uuid: scope.walletUuid,
    accounts: report.accounts,
    transactions: report.transactions,
    mismatched_accounts: report.mismatchedAccounts.map((a) => ({
      ...identity(a),
      stored: inCurrency(a.stored, a.currency),
      from_entries: inCurrency(a.fromEntries, a.currency),
    })),
    unbalanced_transactions: report.unbalancedTransactions.map((t) => ({ transaction_uuid: t.transactionUuid, currency: t.currency, sum: inCurrency(t.sum, t.currency) })),
    negative_accounts: report.negativeAccounts.map((a) => ({ ...identity(a), balance: inCurrency(a.balance, a.currency) })),
    unbalanced_holdings: report.unbalancedHoldings.map((h) => ({
      wallet_uuid: h.walletUuid,
      currency: h.currency,
      allocated: inCurrency(h.allocated, h.currency),
      virtual_total: inCurrency(h.virtualTotal, h.currency),
    })),
  };
}

// The integrity report exists to show rows that are wrong, so an account in a currency this code
// does not know must not turn it into a 500: its amount is then shown in minor units.
function inCurrency(minor: bigint, currency: string): string {
  return formatMinor(minor, currency in CURRENCY_DIGITS ? currencyDigits(currency) : 0);
}

function walletCurrency(currency: string): WalletCurrency {
  const known = WALLET_CURRENCIES.find((c) => c === currency);
  if (!known) throw new Error(`payment wallet has currency ${currency}`);
  return known;
}

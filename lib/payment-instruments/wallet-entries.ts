import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { walletEntry } from '@/db/schema';
import { isUniqueViolation } from '@/db/unique-violation';
import type { Caller } from '@/lib/auth/caller';
import { recordAudit } from '@/lib/audit/record';
import { todayInBrazil } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import type { InvoiceDateRules } from '@/lib/credit/invoice-configuration';
import { limitAccount } from '@/lib/credit/limit-ledger';
import { findCreditWallet } from '@/lib/credit/queries';
import { platformAccount } from '@/lib/ledger/accounts';
import { InsufficientBalanceError, post } from '@/lib/ledger/post';
import { recordEvent } from '@/lib/webhooks/outbox';
import { creditErrors } from '@/lib/credit/errors';
import { instrumentErrors } from './errors';
import { walletEntryConcluded } from './events';
import { currentCycle } from './installment-cycles';
import { addInvoiceItems } from '@/lib/invoices/items';
import { lockActiveWallet } from './issue';
import type { WalletEntryDetail } from './queries';
import type { CreateWalletEntry } from './schemas';

/**
 * Ours (seed 004 describes the limit, not the request): a payroll withdrawal draws on a payroll
 * wallet's `payroll_withdraw_limit` and is paid out to the customer, to be deducted from their
 * payroll. The ledger moves it from the wallet's `payroll_withdraw_available` (which refuses a
 * withdrawal beyond what is left, however many race) to payouts in transit; it becomes a
 * concluded wallet entry (B.6) with one item on the invoice open now, and its webhook (B.8).
 */
export async function createPayrollWithdrawal(db: Db, caller: Caller, walletKey: string, input: CreateWalletEntry): Promise<WalletEntryDetail> {
  try {
    return await db.transaction(async (tx) => {
      const credit = await findCreditWallet(tx, caller, walletKey);
      if (credit.walletType !== 'payroll') throw instrumentErrors.payrollWithdrawRefused('not_payroll');
      await lockActiveWallet(tx, credit.walletKey);
      // A repeat is named as one even when the limit is used up by now; the unique index holds it under races.
      const [repeat] = await tx
        .select({ key: walletEntry.walletEntryKey })
        .from(walletEntry)
        .where(and(eq(walletEntry.entityUuid, caller.entityUuid), eq(walletEntry.requestControlKey, input.request_control_key)));
      if (repeat) throw creditErrors.requestControlKeyExists();
      const owner = { entityUuid: caller.entityUuid, walletUuid: credit.walletKey };
      const [limit, inTransit] = await Promise.all([
        limitAccount(tx, owner, 'payroll_withdraw_limit'),
        platformAccount(tx, caller.entityUuid, 'payouts_in_transit', 'BRL'),
      ]);
      const key = randomUUID();
      let settlementKey: string;
      try {
        settlementKey = await post(tx, {
          entityUuid: caller.entityUuid,
          kind: 'payroll_withdraw',
          reference: { type: 'wallet_entry', id: key },
          description: input.description ?? 'Payroll withdrawal',
          entries: [
            { account: limit, amountMinor: -input.wallet_entry_amount },
            { account: inTransit, amountMinor: input.wallet_entry_amount },
          ],
        });
      } catch (error) {
        if (error instanceof InsufficientBalanceError) throw instrumentErrors.payrollWithdrawRefused('above_limit');
        throw error;
      }
      const at = now();
      const [entry] = await tx
        .insert(walletEntry)
        .values({
          walletEntryKey: key,
          entityUuid: caller.entityUuid,
          walletUuid: credit.walletKey,
          requestControlKey: input.request_control_key,
          entryType: 'payroll_withdraw',
          amountMinor: input.wallet_entry_amount,
          settlementKey,
          description: input.description ?? null,
          createdAt: at,
        })
        .returning();
      const cycle = currentCycle(credit.invoiceConfiguration as unknown as InvoiceDateRules, todayInBrazil(at));
      const items = await addInvoiceItems(tx, credit.walletKey, [
        {
          entityUuid: caller.entityUuid,
          walletUuid: credit.walletKey,
          itemType: 'payroll_withdraw',
          chargedTo: 'payroll_withdraw_limit',
          walletEntryKey: key,
          installmentNumber: 1,
          installmentCount: 1,
          description: input.description ?? 'Saque consignado',
          amountMinor: input.wallet_entry_amount,
          closingDate: cycle.closingDate,
          dueDate: cycle.dueDate,
          createdAt: at,
        },
      ]);
      await recordAudit(tx, caller, {
        action: 'wallet_entry.created',
        subjectType: 'wallet_entry',
        subjectId: key,
        data: { wallet_key: credit.walletKey, wallet_entry_type: 'payroll_withdraw', amount_minor: input.wallet_entry_amount.toString() },
      });
      await recordEvent(tx, caller.entityUuid, walletEntryConcluded, {
        subject: { type: 'wallet_entry', id: key },
        data: {
          wallet_key: credit.walletKey,
          wallet_entry_key: key,
          amount_minor: input.wallet_entry_amount.toString(),
          wallet_entry_type: 'payroll_withdraw',
          wallet_entry_status: 'concluded',
        },
      });
      return { ...entry!, invoiceItems: items };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'wallet_entry_request_control_key_unique')) throw creditErrors.requestControlKeyExists();
    throw error;
  }
}

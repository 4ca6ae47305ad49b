import { and, asc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { creditWallet, invoice, wallet } from '@/db/schema';
import { addDays, todayInBrazil, type IsoDate } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import { logger } from '@/lib/logger';
import { closeInvoice, ensureOpenedInvoice, openedInvoice } from './cycle';
import { expireInvoice, settlePayrollDiscount } from './expiration';
import { lockInvoiceWallet } from './wallet-context';

/**
 * Brings one credit wallet's invoices up to `today` (a day in America/Sao_Paulo), in one
 * transaction under the wallet's lock, in this order:
 * 1. payroll discounts started on an earlier day are settled (the benefit's remittance);
 * 2. the opened invoice closes once its closing date has come (purchases on the closing day
 *    already belong to the next cycle), and the next opens; closed invoices whose due date has
 *    passed with a balance left expire (./expiration.ts) the day after it. A run that missed
 *    days replays these in date order.
 * An active wallet with no invoice yet opens the cycle `today` falls in. Running it twice for the
 * same day changes nothing the second time.
 */
export async function advanceWalletInvoices(db: DbOrTx, walletUuid: string, today: IsoDate): Promise<void> {
  await db.transaction(async (tx) => {
    const owner = await lockInvoiceWallet(tx, walletUuid);
    if (!owner) return;
    const processing = await tx
      .select()
      .from(invoice)
      .where(and(eq(invoice.walletUuid, walletUuid), eq(invoice.status, 'processing_payment')))
      .for('update');
    for (const row of processing) await settlePayrollDiscount(tx, owner, row, { startedBefore: today });

    // Events in date order, so a run that missed days replays them as they would have happened:
    // an invoice that fell due before the next closing carries its balance to that closing's invoice.
    let opened = owner.status === 'active' ? await ensureOpenedInvoice(tx, owner, today) : await openedInvoice(tx, walletUuid);
    for (;;) {
      const [expiring] = await tx
        .select()
        .from(invoice)
        .where(and(eq(invoice.walletUuid, walletUuid), eq(invoice.status, 'closed'), lt(invoice.dueDate, today)))
        .orderBy(asc(invoice.dueDate))
        .limit(1)
        .for('update');
      const closing = opened && opened.closingDate <= today ? opened : null;
      if (expiring && (!closing || addDays(expiring.dueDate, 1) <= closing.closingDate)) {
        const expired = await expireInvoice(tx, owner, expiring, addDays(expiring.dueDate, 1));
        if (expired.status === 'closed') throw new Error(`invoice ${expiring.invoiceKey} is closed with nothing owed`);
      } else if (closing) {
        opened = (await closeInvoice(tx, owner, closing)).next;
      } else {
        break;
      }
    }
  });
}

/** The credit wallets with invoices to look after: every active one, and any other still owing or open. */
async function walletsToAdvance(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ walletUuid: creditWallet.walletUuid })
    .from(creditWallet)
    .innerJoin(wallet, eq(wallet.walletUuid, creditWallet.walletUuid))
    .where(
      or(
        eq(wallet.status, 'active'),
        sql`exists (select 1 from ${invoice} where ${invoice.walletUuid} = ${creditWallet.walletUuid} and ${inArray(invoice.status, ['opened', 'closed', 'processing_payment'])})`,
      ),
    )
    .orderBy(asc(creditWallet.walletUuid));
  return rows.map((row) => row.walletUuid);
}

/**
 * The daily invoice run (the `invoice-cycles` schedule): every wallet advanced to today in its own
 * transaction, so one wallet's failure (logged, retried by the next run) stops no other.
 */
export async function runInvoiceCycles(db: Db, at: Date = now()): Promise<{ wallets: number; failed: number }> {
  const today = todayInBrazil(at);
  const wallets = await walletsToAdvance(db);
  let failed = 0;
  for (const walletUuid of wallets) {
    try {
      await advanceWalletInvoices(db, walletUuid, today);
    } catch (error) {
      failed += 1;
      logger.error({ err: error, walletUuid, today }, 'invoice cycle failed for a wallet');
    }
  }
  return { wallets: wallets.length, failed };
}

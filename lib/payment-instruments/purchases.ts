import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, creditWallet, merchant, paymentInstrument, paymentInstrumentEntry, type EntryMerchantData, type PaymentInstrumentEntryStatus } from '@/db/schema';
import { todayInBrazil } from '@/lib/banking-calendar';
import { now } from '@/lib/clock';
import type { InvoiceDateRules } from '@/lib/credit/invoice-configuration';
import { limitAccount } from '@/lib/credit/limit-ledger';
import { addInvoiceItems } from '@/lib/invoices/items';
import { platformAccount, type AccountRef } from '@/lib/ledger/accounts';
import { InsufficientBalanceError, post } from '@/lib/ledger/post';
import { recordEvent } from '@/lib/webhooks/outbox';
import { instrumentEntryChanged } from './events';
import { currentCycle, installmentLines } from './installment-cycles';
import type { InstrumentEntryRow, InstrumentRow } from './queries';

/**
 * The issuer's books for purchases with the platform's cards (DESIGN §2.1). A purchase holds the
 * card's limit (its `used_limit`, CHECKed against its own limit) and the wallet's (the
 * `credit_available` account, CHECKed non-negative) in one savepoint, so either both hold or the
 * purchase is declined with nothing changed. The money owed to the merchant's side sits in the
 * issuer account's `issued_cards_payable` until the invoice is paid; the merchant's side of the
 * same purchase is the charge's own capture through `acquirer_receivable`. Each side posts in its
 * own account's books, issuer side first, so two accounts buying from each other never lock the
 * same ledger accounts in opposite orders.
 */

const CURRENCY = 'BRL';

type Movement = 'card_purchase' | 'card_purchase_release' | 'card_purchase_refund';

/** The issuer's two accounts a purchase moves: the wallet's limit and what its cards owe the merchants' side. */
export interface IssuerAccounts {
  available: AccountRef;
  payable: AccountRef;
}

export async function issuerAccounts(db: DbOrTx, owner: Pick<InstrumentEntryRow, 'entityUuid' | 'walletUuid'>): Promise<IssuerAccounts> {
  const [available, payable] = await Promise.all([
    limitAccount(db, { entityUuid: owner.entityUuid, walletUuid: owner.walletUuid }, 'postpaid_credit_limit'),
    platformAccount(db, owner.entityUuid, 'issued_cards_payable', CURRENCY),
  ]);
  return { available, payable };
}

async function postLimitUse(db: DbOrTx, entry: InstrumentEntryRow, kind: Movement, reference: { type: string; id: string }, usedMinor: bigint, accounts?: IssuerAccounts) {
  const { available, payable } = accounts ?? (await issuerAccounts(db, entry));
  await post(db, {
    entityUuid: entry.entityUuid,
    kind,
    reference,
    entries: [
      { account: available, amountMinor: -usedMinor },
      { account: payable, amountMinor: usedMinor },
    ],
  });
}

async function adjustCardUse(db: DbOrTx, instrumentKey: string, deltaMinor: bigint): Promise<boolean> {
  const updated = await db
    .update(paymentInstrument)
    .set({ usedLimitMinor: sql`${paymentInstrument.usedLimitMinor} + ${deltaMinor}` })
    .where(and(eq(paymentInstrument.paymentInstrumentKey, instrumentKey), sql`${paymentInstrument.usedLimitMinor} + ${deltaMinor} <= ${paymentInstrument.limitAmountMinor}`))
    .returning({ key: paymentInstrument.paymentInstrumentKey });
  return updated.length === 1;
}

class LimitExceeded extends Error {}

/** What a purchase needs that takes no lock, read before the card's row is locked so the lock is held briefly. */
export interface PreparedPurchase {
  merchantData: EntryMerchantData;
  accounts: IssuerAccounts;
}

export async function preparePurchase(db: DbOrTx, card: InstrumentRow, chargeUuid: string): Promise<PreparedPurchase> {
  const [merchantData, accounts] = await Promise.all([merchantDataOf(db, chargeUuid), issuerAccounts(db, card)]);
  return { merchantData, accounts };
}

/**
 * Holds `amountMinor` of the card's and the wallet's limits for a charge and opens its entry in
 * `processing_conclusion`. Null when either limit has less left: nothing was changed. The card's
 * row is locked by the conditional update that takes its limit, the first write here, so a
 * purchase queues behind another of the same card only for these few statements and the commit.
 */
export async function holdPurchase(
  db: DbOrTx,
  card: InstrumentRow,
  purchase: { chargeUuid: string; amountMinor: bigint; installmentCount: number },
  prepared: PreparedPurchase,
): Promise<InstrumentEntryRow | null> {
  try {
    return await db.transaction(async (tx) => {
      if (!(await adjustCardUse(tx, card.paymentInstrumentKey, purchase.amountMinor))) throw new LimitExceeded();
      const [entry] = await tx
        .insert(paymentInstrumentEntry)
        .values({
          entityUuid: card.entityUuid,
          walletUuid: card.walletUuid,
          paymentInstrumentKey: card.paymentInstrumentKey,
          chargeUuid: purchase.chargeUuid,
          status: 'processing_conclusion',
          amountMinor: purchase.amountMinor,
          installmentCount: purchase.installmentCount,
          merchantData: prepared.merchantData,
          createdAt: now(),
          updatedAt: now(),
        })
        .returning();
      try {
        await postLimitUse(tx, entry!, 'card_purchase', { type: 'charge', id: purchase.chargeUuid }, purchase.amountMinor, prepared.accounts);
      } catch (error) {
        if (error instanceof InsufficientBalanceError) throw new LimitExceeded();
        throw error;
      }
      await announce(tx, entry!);
      return entry!;
    });
  } catch (error) {
    if (error instanceof LimitExceeded) return null;
    throw error;
  }
}

/**
 * The charge captured `capturedMinor` (≤ what was held): the entry concludes with it, the rest of
 * the hold goes back, and the purchase becomes one invoice item per installment.
 */
export async function concludePurchase(db: DbOrTx, entry: InstrumentEntryRow, capturedMinor: bigint): Promise<void> {
  const released = entry.amountMinor - capturedMinor;
  if (released > 0n) {
    await adjustCardUse(db, entry.paymentInstrumentKey, -released);
    await postLimitUse(db, entry, 'card_purchase_release', { type: 'charge', id: entry.chargeUuid }, -released);
  }
  const concluded = await setEntry(db, entry, { status: 'concluded', amountMinor: capturedMinor });
  const rules = await invoiceRulesOf(db, entry.walletUuid);
  const lines = installmentLines(rules, todayInBrazil(now()), capturedMinor, entry.installmentCount);
  const description = entry.merchantData.merchant_name;
  await addInvoiceItems(
    db,
    entry.walletUuid,
    lines.map((line) => ({
      entityUuid: entry.entityUuid,
      walletUuid: entry.walletUuid,
      itemType: 'purchase' as const,
      chargedTo: 'postpaid_credit_limit' as const,
      paymentInstrumentEntryKey: entry.paymentInstrumentEntryKey,
      installmentNumber: line.installmentNumber,
      installmentCount: entry.installmentCount,
      description: entry.installmentCount > 1 ? `${description} ${line.installmentNumber}/${entry.installmentCount}` : description,
      amountMinor: line.amountMinor,
      closingDate: line.closingDate,
      dueDate: line.dueDate,
      createdAt: now(),
    })),
  );
  await announce(db, concluded);
}

/** An authorization voided before capture: the whole hold goes back and the entry is canceled. */
export async function voidPurchase(db: DbOrTx, entry: InstrumentEntryRow): Promise<void> {
  await adjustCardUse(db, entry.paymentInstrumentKey, -entry.amountMinor);
  await postLimitUse(db, entry, 'card_purchase_release', { type: 'charge', id: entry.chargeUuid }, -entry.amountMinor);
  await cancelEntry(db, entry);
}

/** What of a purchase still holds its card's limit: neither refunded nor given back by its invoices. */
function cardHold(entry: Pick<InstrumentEntryRow, 'amountMinor' | 'releasedMinor' | 'settledMinor'>): bigint {
  const left = entry.amountMinor - entry.releasedMinor - entry.settledMinor;
  return left > 0n ? left : 0n;
}

/**
 * Invoices gave back these amounts of purchases (installments paid, or moved into revolving
 * credit): each card's `used_limit` falls by what its purchase still held of them. The wallet's
 * limit moves in the invoice payment's own posting. Entries are locked in key order, so two
 * invoices settling the same purchases never wait on each other in a circle.
 */
export async function settlePurchases(db: DbOrTx, settled: ReadonlyMap<string, bigint>): Promise<void> {
  for (const entryKey of [...settled.keys()].sort()) {
    const entry = await lockEntry(db, entryKey);
    const total = entry.settledMinor + settled.get(entryKey)!;
    const settledMinor = total < entry.amountMinor ? total : entry.amountMinor;
    const givenBack = cardHold(entry) - cardHold({ ...entry, settledMinor });
    await setEntry(db, entry, { settledMinor });
    if (givenBack > 0n) await adjustCardUse(db, entry.paymentInstrumentKey, -givenBack);
  }
}

/**
 * A refund of a concluded purchase gives its amount back to both limits and credits the invoice
 * that is open now (a negative item, as card invoices show an estorno); once all of it is
 * refunded, the entry is canceled.
 */
export async function refundPurchase(db: DbOrTx, entry: InstrumentEntryRow, refund: { refundUuid: string; amountMinor: bigint }): Promise<void> {
  const givenBack = cardHold(entry) - cardHold({ ...entry, releasedMinor: entry.releasedMinor + refund.amountMinor });
  if (givenBack > 0n) await adjustCardUse(db, entry.paymentInstrumentKey, -givenBack);
  await postLimitUse(db, entry, 'card_purchase_refund', { type: 'charge_refund', id: refund.refundUuid }, -refund.amountMinor);
  const cycle = currentCycle(await invoiceRulesOf(db, entry.walletUuid), todayInBrazil(now()));
  await addInvoiceItems(db, entry.walletUuid, [
    {
    entityUuid: entry.entityUuid,
    walletUuid: entry.walletUuid,
    itemType: 'refund',
    chargedTo: 'postpaid_credit_limit',
    paymentInstrumentEntryKey: entry.paymentInstrumentEntryKey,
    installmentNumber: 1,
    installmentCount: 1,
    description: `Estorno ${entry.merchantData.merchant_name}`,
    amountMinor: -refund.amountMinor,
    closingDate: cycle.closingDate,
    dueDate: cycle.dueDate,
    createdAt: now(),
    },
  ]);
  const released = entry.releasedMinor + refund.amountMinor;
  const updated = await setEntry(db, entry, { releasedMinor: released });
  if (released === entry.amountMinor) await cancelEntry(db, updated);
}

async function cancelEntry(db: DbOrTx, entry: InstrumentEntryRow): Promise<void> {
  // QI announces the cancellation being processed, then done; both happen in this transaction.
  await announce(db, await setEntry(db, entry, { status: 'processing_cancellation' }));
  await announce(db, await setEntry(db, entry, { status: 'canceled' }));
}

async function setEntry(db: DbOrTx, entry: InstrumentEntryRow, set: { status?: PaymentInstrumentEntryStatus; amountMinor?: bigint; releasedMinor?: bigint; settledMinor?: bigint }) {
  const [updated] = await db
    .update(paymentInstrumentEntry)
    .set({ ...set, updatedAt: now() })
    .where(eq(paymentInstrumentEntry.paymentInstrumentEntryKey, entry.paymentInstrumentEntryKey))
    .returning();
  return updated!;
}

/** The entry of a platform-card charge, locked: the charge's own lock already serializes its changes. */
export async function lockEntry(db: DbOrTx, entryKey: string): Promise<InstrumentEntryRow> {
  const [entry] = await db.select().from(paymentInstrumentEntry).where(eq(paymentInstrumentEntry.paymentInstrumentEntryKey, entryKey)).for('update');
  if (!entry) throw new Error(`no platform card entry ${entryKey}`);
  return entry;
}

async function announce(db: DbOrTx, entry: InstrumentEntryRow): Promise<void> {
  await recordEvent(db, entry.entityUuid, instrumentEntryChanged, {
    subject: { type: 'payment_instrument_entry', id: entry.paymentInstrumentEntryKey },
    data: {
      wallet_key: entry.walletUuid,
      payment_instrument_key: entry.paymentInstrumentKey,
      payment_instrument_entry_key: entry.paymentInstrumentEntryKey,
      amount_minor: entry.amountMinor.toString(),
      payment_instrument_entry_type: 'purchase',
      payment_instrument_entry_status: entry.status,
    },
  });
}

async function invoiceRulesOf(db: DbOrTx, walletUuid: string): Promise<InvoiceDateRules> {
  const [row] = await db.select({ config: creditWallet.invoiceConfiguration }).from(creditWallet).where(eq(creditWallet.walletUuid, walletUuid));
  return row!.config as unknown as InvoiceDateRules;
}

/** Where the card was used, as the statement line shows it: the merchant's soft descriptor. */
async function merchantDataOf(db: DbOrTx, chargeUuid: string): Promise<EntryMerchantData> {
  const [row] = await db
    .select({ softDescription: merchant.softDescription, name: merchant.name })
    .from(charge)
    .innerJoin(merchant, eq(merchant.merchantUuid, charge.merchantUuid))
    .where(eq(charge.chargeUuid, chargeUuid));
  return {
    merchant_name: row?.softDescription || row?.name || 'Merchant',
    merchant_country: 'BRA',
    merchant_postal_code: null,
    merchant_city: null,
    merchant_street: null,
  };
}

import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invoice, invoiceItem, invoicePayment, ledgerAccount, paymentInstrument } from '@/db/schema';
import { addDays, type IsoDate } from '@/lib/banking-calendar';
import { chargeApi, chargeBody, chargeTenant } from '@/lib/charges/test-fixtures';
import { setClock } from '@/lib/clock';
import { formatMinor, parseMinor } from '@/lib/money/decimal';
import { cardIssuer, issueCard, platformCardFields, type CardIssuer, type IssuedCard } from '@/lib/payment-instruments/test-fixtures';
import { invoiceItemOrder } from './items';
import { advanceWalletInvoices } from './run';
import { payInvoiceSlip } from './sandbox';

// Fixtures for the invoice tests: a customer's credit wallet with a platform card, a merchant it
// buys from, and a calendar the tests walk day by day with the one clock the services read.

/** Noon in Brasília (UTC−3) on `day`: the time purchases and payments are made at. */
export const noonIn = (day: IsoDate) => new Date(`${day}T15:00:00Z`);
/** Five past midnight in Brasília: when the daily run advances the invoices. */
export const runTimeOf = (day: IsoDate) => new Date(`${day}T03:05:00Z`);

export interface InvoiceScenario {
  issuer: CardIssuer;
  card: IssuedCard;
  merchant: Awaited<ReturnType<typeof chargeTenant>>;
}

/** A credit wallet opened on `day` with `invoiceConfiguration`, a card of `cardLimit` and a merchant. */
export async function invoiceScenario(db: Db, day: IsoDate, options: { invoiceConfiguration?: Record<string, unknown>; limit?: string; cardLimit?: string } = {}): Promise<InvoiceScenario> {
  setClock(noonIn(day));
  const issuer = await cardIssuer(db, { limit: options.limit, invoiceConfiguration: options.invoiceConfiguration });
  const card = await issueCard(issuer, options.cardLimit ?? options.limit ?? '5000.00');
  const merchant = await chargeTenant(db);
  return { issuer, card, merchant };
}

/** The card buys `amount` (in `installments`) at the merchant at noon on `day`; answers the charge. */
export async function buy(scenario: InvoiceScenario, day: IsoDate, amount: string, installments = 1): Promise<{ chargeUuid: string }> {
  setClock(noonIn(day));
  const perInstallment = formatMinor(parseMinor(amount, 2) / BigInt(installments), 2);
  const res = await chargeApi(scenario.merchant.token).create({
    ...chargeBody(scenario.merchant),
    ...platformCardFields(scenario.card),
    installment_value: installments === 1 ? amount : perInstallment,
    installment_count: installments,
    items: [{ name: 'Compra', quantity: 1, total_amount: amount, unit_amount: amount }],
  });
  if (res.status !== 200 || res.body.status !== 'confirmed') throw new Error(`purchase refused: ${JSON.stringify(res.body)}`);
  return { chargeUuid: res.body.charge_uuid as string };
}

export async function refund(scenario: InvoiceScenario, day: IsoDate, chargeUuid: string, amount: string): Promise<void> {
  setClock(noonIn(day));
  const res = await chargeApi(scenario.merchant.token).refund(chargeUuid, scenario.merchant.wallet.walletUuid, { amount });
  if (res.status !== 200) throw new Error(`refund refused: ${JSON.stringify(res.body)}`);
}

/** Walks the wallet's invoices through every day from `from` to `to`, calling `onDay` at noon of each after the run. */
export async function walkDays(db: Db, scenario: InvoiceScenario, from: IsoDate, to: IsoDate, onDay: (day: IsoDate) => Promise<void> = async () => {}): Promise<void> {
  for (let day = from; day <= to; day = addDays(day, 1)) {
    setClock(runTimeOf(day));
    await advanceWalletInvoices(db, scenario.issuer.walletKey, day);
    setClock(noonIn(day));
    await onDay(day);
  }
}

export async function invoicesOf(db: Db, walletKey: string) {
  return db.select().from(invoice).where(eq(invoice.walletUuid, walletKey)).orderBy(asc(invoice.closingDate));
}

export async function invoiceClosingOn(db: Db, walletKey: string, closingDate: IsoDate) {
  const [row] = await db
    .select()
    .from(invoice)
    .where(and(eq(invoice.walletUuid, walletKey), eq(invoice.closingDate, closingDate)));
  if (!row) throw new Error(`no invoice closing on ${closingDate}`);
  const [items, payments] = await Promise.all([
    db.select().from(invoiceItem).where(eq(invoiceItem.invoiceKey, row.invoiceKey)).orderBy(...invoiceItemOrder),
    db.select().from(invoicePayment).where(eq(invoicePayment.invoiceKey, row.invoiceKey)).orderBy(asc(invoicePayment.createdAt)),
  ]);
  return { ...row, items, payments };
}

/** Pays the slip of the invoice closing on `closingDate`, at noon of `day`: in full, or `amountMinor`. */
export async function paySlip(db: Db, scenario: InvoiceScenario, day: IsoDate, closingDate: IsoDate, amountMinor?: bigint) {
  setClock(noonIn(day));
  const row = await invoiceClosingOn(db, scenario.issuer.walletKey, closingDate);
  return payInvoiceSlip(db, scenario.issuer.caller, scenario.issuer.walletKey, row.invoiceKey, amountMinor);
}

/** The balance of one of the wallet's ledger accounts, or of its account's platform account of that code. */
export async function balanceOf(db: Db, scenario: InvoiceScenario, code: string, scope: 'wallet' | 'platform' = 'wallet'): Promise<bigint> {
  const rows = await db
    .select({ walletUuid: ledgerAccount.walletUuid, balance: ledgerAccount.balanceMinor })
    .from(ledgerAccount)
    .where(and(eq(ledgerAccount.entityUuid, scenario.issuer.entityUuid), eq(ledgerAccount.code, code as never)));
  const row = rows.find((candidate) => (scope === 'wallet' ? candidate.walletUuid === scenario.issuer.walletKey : candidate.walletUuid === null));
  return row?.balance ?? 0n;
}

/** The card's own `used_limit`: what its purchases hold that neither refunds nor invoices gave back. */
export async function cardUsed(db: Db, scenario: Pick<InvoiceScenario, 'card'>): Promise<bigint> {
  const [row] = await db.select({ used: paymentInstrument.usedLimitMinor }).from(paymentInstrument).where(eq(paymentInstrument.paymentInstrumentKey, scenario.card.payment_instrument_key));
  return row!.used;
}

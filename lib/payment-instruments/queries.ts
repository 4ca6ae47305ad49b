import { and, asc, count, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invoiceItem, paymentInstrument, paymentInstrumentEntry, walletEntry } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { findCreditWallet, isUuid } from '@/lib/credit/queries';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { instrumentErrors } from './errors';
import type { ListEntriesQuery, ListInstrumentsQuery, ListWalletEntriesQuery } from './schemas';

export type InstrumentRow = typeof paymentInstrument.$inferSelect;
export type InstrumentEntryRow = typeof paymentInstrumentEntry.$inferSelect;
export type WalletEntryRow = typeof walletEntry.$inferSelect;
export type InvoiceItemRow = typeof invoiceItem.$inferSelect;

export type InstrumentEntryDetail = InstrumentEntryRow & { invoiceItems: InvoiceItemRow[] };
export type WalletEntryDetail = WalletEntryRow & { invoiceItems: InvoiceItemRow[] };

/** The card with this key under this wallet, in the caller's reach (404 WLT000001 / WLT000005), locked if asked. */
export async function findInstrument(db: DbOrTx, caller: Caller, walletKey: string, key: string, lock = false): Promise<InstrumentRow> {
  const credit = await findCreditWallet(db, caller, walletKey);
  if (!isUuid(key)) throw instrumentErrors.notFound(key);
  const query = db
    .select()
    .from(paymentInstrument)
    .where(and(ownedBy(paymentInstrument, caller), eq(paymentInstrument.walletUuid, credit.walletKey), eq(paymentInstrument.paymentInstrumentKey, key)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw instrumentErrors.notFound(key);
  return row;
}

function window(query: { page: number; page_size: number; starting_after?: string }) {
  return { cursor: query.starting_after, limit: query.page_size, offset: (query.page - 1) * query.page_size };
}

const instrumentOrder = keyset({ createdAt: paymentInstrument.createdAt, id: paymentInstrument.paymentInstrumentKey });

/** A wallet's cards, newest first. */
export async function listInstruments(db: DbOrTx, caller: Caller, walletKey: string, query: ListInstrumentsQuery): Promise<ListPage<InstrumentRow>> {
  const credit = await findCreditWallet(db, caller, walletKey);
  const conditions: SQL[] = [ownedBy(paymentInstrument, caller), eq(paymentInstrument.walletUuid, credit.walletKey)];
  if (query.payment_instrument_status) conditions.push(eq(paymentInstrument.status, query.payment_instrument_status));
  const where = and(...conditions);
  const at = window(query);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...getTableColumns(paymentInstrument), ...instrumentOrder.position })
      .from(paymentInstrument)
      .where(and(where, instrumentOrder.seek(at)))
      .orderBy(...instrumentOrder.orderBy)
      .limit(instrumentOrder.fetch(at))
      .offset(instrumentOrder.skip(at)),
    db.select({ value: count() }).from(paymentInstrument).where(where),
  ]);
  return instrumentOrder.page(at, rows, total?.value ?? 0);
}

const entryOrder = keyset({ createdAt: paymentInstrumentEntry.createdAt, id: paymentInstrumentEntry.paymentInstrumentEntryKey });

/** A card's purchases, newest first, each with its invoice items; or the whole wallet's when `instrumentKey` is null. */
export async function listInstrumentEntries(
  db: DbOrTx,
  caller: Caller,
  walletKey: string,
  instrumentKey: string | null,
  query: ListEntriesQuery,
): Promise<ListPage<InstrumentEntryDetail>> {
  const scope = instrumentKey
    ? eq(paymentInstrumentEntry.paymentInstrumentKey, (await findInstrument(db, caller, walletKey, instrumentKey)).paymentInstrumentKey)
    : eq(paymentInstrumentEntry.walletUuid, (await findCreditWallet(db, caller, walletKey)).walletKey);
  const where = and(ownedBy(paymentInstrumentEntry, caller), scope);
  const at = window(query);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...getTableColumns(paymentInstrumentEntry), ...entryOrder.position })
      .from(paymentInstrumentEntry)
      .where(and(where, entryOrder.seek(at)))
      .orderBy(...entryOrder.orderBy)
      .limit(entryOrder.fetch(at))
      .offset(entryOrder.skip(at)),
    db.select({ value: count() }).from(paymentInstrumentEntry).where(where),
  ]);
  const page = entryOrder.page(at, rows, total?.value ?? 0);
  const items = await itemsOf(db, 'instrument', page.rows.map((row) => row.paymentInstrumentEntryKey));
  return { ...page, rows: page.rows.map((row) => ({ ...row, invoiceItems: items.get(row.paymentInstrumentEntryKey) ?? [] })) };
}

/** Reference B.6: one purchase of one card, with its invoice items. */
export async function getInstrumentEntry(db: DbOrTx, caller: Caller, walletKey: string, instrumentKey: string, entryKey: string): Promise<InstrumentEntryDetail> {
  const instrument = await findInstrument(db, caller, walletKey, instrumentKey);
  const [row] = isUuid(entryKey)
    ? await db
        .select()
        .from(paymentInstrumentEntry)
        .where(
          and(
            ownedBy(paymentInstrumentEntry, caller),
            eq(paymentInstrumentEntry.paymentInstrumentKey, instrument.paymentInstrumentKey),
            eq(paymentInstrumentEntry.paymentInstrumentEntryKey, entryKey),
          ),
        )
    : [];
  if (!row) throw instrumentErrors.entryNotFound(entryKey);
  const items = await itemsOf(db, 'instrument', [row.paymentInstrumentEntryKey]);
  return { ...row, invoiceItems: items.get(row.paymentInstrumentEntryKey) ?? [] };
}

const walletEntryOrder = keyset({ createdAt: walletEntry.createdAt, id: walletEntry.walletEntryKey });

export async function listWalletEntries(db: DbOrTx, caller: Caller, walletKey: string, query: ListWalletEntriesQuery): Promise<ListPage<WalletEntryDetail>> {
  const credit = await findCreditWallet(db, caller, walletKey);
  const conditions: SQL[] = [ownedBy(walletEntry, caller), eq(walletEntry.walletUuid, credit.walletKey)];
  if (query.wallet_entry_type) conditions.push(eq(walletEntry.entryType, query.wallet_entry_type));
  const where = and(...conditions);
  const at = window(query);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...getTableColumns(walletEntry), ...walletEntryOrder.position })
      .from(walletEntry)
      .where(and(where, walletEntryOrder.seek(at)))
      .orderBy(...walletEntryOrder.orderBy)
      .limit(walletEntryOrder.fetch(at))
      .offset(walletEntryOrder.skip(at)),
    db.select({ value: count() }).from(walletEntry).where(where),
  ]);
  const page = walletEntryOrder.page(at, rows, total?.value ?? 0);
  const items = await itemsOf(db, 'wallet', page.rows.map((row) => row.walletEntryKey));
  return { ...page, rows: page.rows.map((row) => ({ ...row, invoiceItems: items.get(row.walletEntryKey) ?? [] })) };
}

/** Reference B.6: one wallet entry with its invoice items. */
export async function getWalletEntry(db: DbOrTx, caller: Caller, walletKey: string, entryKey: string): Promise<WalletEntryDetail> {
  const credit = await findCreditWallet(db, caller, walletKey);
  const [row] = isUuid(entryKey)
    ? await db
        .select()
        .from(walletEntry)
        .where(and(ownedBy(walletEntry, caller), eq(walletEntry.walletUuid, credit.walletKey), eq(walletEntry.walletEntryKey, entryKey)))
    : [];
  if (!row) throw instrumentErrors.entryNotFound(entryKey);
  const items = await itemsOf(db, 'wallet', [row.walletEntryKey]);
  return { ...row, invoiceItems: items.get(row.walletEntryKey) ?? [] };
}

/** The invoice items of these entries, in installment order, grouped by entry key. */
async function itemsOf(db: DbOrTx, source: 'instrument' | 'wallet', keys: string[]): Promise<Map<string, InvoiceItemRow[]>> {
  const grouped = new Map<string, InvoiceItemRow[]>();
  if (keys.length === 0) return grouped;
  const column = source === 'instrument' ? invoiceItem.paymentInstrumentEntryKey : invoiceItem.walletEntryKey;
  const rows = await db.select().from(invoiceItem).where(inArray(column, keys)).orderBy(asc(invoiceItem.createdAt), asc(invoiceItem.installmentNumber));
  for (const row of rows) {
    const key = (source === 'instrument' ? row.paymentInstrumentEntryKey : row.walletEntryKey)!;
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  return grouped;
}

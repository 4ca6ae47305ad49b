import { and, asc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, chargeRefund, chargeStatusChange, ledgerAccount, ledgerEntry, ledgerTransaction } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { parseMinor } from '@/lib/money/decimal';
import { currencyDigits } from '@/lib/money/currency';
import { listTotal } from '@/lib/pagination/total';
import { keyset, type ListPage } from '@/lib/pagination/keyset';
import { chargeErrors } from './errors';
import type { ChargeRow } from './record-change';
import type { ChargeListQuery } from './schemas';

export type RefundRow = typeof chargeRefund.$inferSelect;
export interface ChargeWithRefunds {
  charge: ChargeRow;
  refunds: RefundRow[];
}

/** One of the caller's charges with its refunds; `walletUuid` narrows it to that wallet (A55's get asks for both). */
export async function getCharge(db: DbOrTx, caller: Caller, chargeUuid: string, walletUuid?: string): Promise<ChargeWithRefunds> {
  const [row] = await db
    .select()
    .from(charge)
    .where(and(ownedBy(charge, caller), eq(charge.chargeUuid, chargeUuid), walletUuid ? eq(charge.walletUuid, walletUuid) : undefined));
  if (!row) throw chargeErrors.notFound();
  return { charge: row, refunds: await refundsOf(db, [row.chargeUuid]).then((map) => map.get(row.chargeUuid) ?? []) };
}

/** A charge as its payer sees it (the public pay and 3DS pages): only what the payer needs. */
export async function getPublicCharge(db: DbOrTx, chargeUuid: string): Promise<ChargeRow> {
  const [row] = await db.select().from(charge).where(eq(charge.chargeUuid, chargeUuid));
  if (!row) throw chargeErrors.notFound();
  return row;
}

// Newest first on charge_entity_created_idx (entity_uuid, created_at, charge_uuid), or the wallet's own index.
const chargeOrder = keyset({ createdAt: charge.createdAt, id: charge.chargeUuid });
const oldestFirst = keyset({ createdAt: charge.createdAt, id: charge.chargeUuid }, 'oldest');

/** A page of the caller's charges, newest first unless `sort=created:asc`, filtered the A55 way. */
export async function listCharges(db: DbOrTx, caller: Caller, query: ChargeListQuery): Promise<ListPage<ChargeWithRefunds>> {
  const where = and(ownedBy(charge, caller), ...filters(query));
  const order = query.sort === 'created:asc' ? oldestFirst : chargeOrder;
  const window = { cursor: query.starting_after, limit: query.limit, offset: (query.page - 1) * query.limit };
  const [rows, total] = await Promise.all([
    db
      .select({ row: charge, ...order.position })
      .from(charge)
      .where(and(where, order.seek(window)))
      .orderBy(...order.orderBy)
      .limit(order.fetch(window))
      .offset(order.skip(window)),
    listTotal(db, charge, where),
  ]);
  const page = order.page(window, rows, total);
  const refunds = await refundsOf(db, page.rows.map(({ row }) => row.chargeUuid));
  return { ...page, rows: page.rows.map(({ row }) => ({ charge: row, refunds: refunds.get(row.chargeUuid) ?? [] })) };
}

function filters(query: ChargeListQuery): (SQL | undefined)[] {
  return [
    query.wallet_uuid ? eq(charge.walletUuid, query.wallet_uuid) : undefined,
    query.merchant_uuid ? eq(charge.merchantUuid, query.merchant_uuid) : undefined,
    query.payment_link_uuid ? eq(charge.paymentLinkUuid, query.payment_link_uuid) : undefined,
    query.date_start ? gte(charge.createdAt, dayStart(query.date_start)) : undefined,
    query.date_end ? lte(charge.createdAt, dayEnd(query.date_end)) : undefined,
    ...(query.filter ? query.filter.split(',').map(filterClause) : []),
    query.search ? searchClause(query.search) : undefined,
  ];
}

/** One A55 `filter` condition `field:value`; an unknown value matches nothing rather than erroring. */
function filterClause(filter: string): SQL | undefined {
  const [field, value = ''] = filter.split(':', 2) as [string, string];
  switch (field) {
    case 'status':
      return sql`${charge.status} = ${value}`;
    case 'type':
      return sql`${charge.typeCharge} = ${value}`;
    case 'card_brand':
      return sql`lower(${charge.cardBrand}) = ${value.toLowerCase()}`;
    case 'amount_gte':
    case 'amount_lte': {
      // Amounts are compared in each charge's own minor units: the value is a decimal of the currency.
      const comparison = field === 'amount_gte' ? sql`>=` : sql`<=`;
      return or(
        ...(['BRL', 'MXN', 'ARS', 'CLP'] as const).map((currency) => {
          const minor = decimalOrNull(value, currencyDigits(currency));
          return minor === null ? sql`false` : sql`(${charge.currency} = ${currency} and ${charge.amountMinor} ${comparison} ${minor})`;
        }),
      );
    }
    default:
      return undefined;
  }
}

function decimalOrNull(text: string, digits: number): bigint | null {
  try {
    return parseMinor(text, digits);
  } catch {
    return null;
  }
}

/** The search box: a charge id, or the payer's e-mail or tax id (digits as typed or bare). */
function searchClause(search: string): SQL {
  const bare = search.replace(/[.\-/\s]/g, '');
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(search);
  return or(
    isUuid ? eq(charge.chargeUuid, search.toLowerCase()) : undefined,
    eq(sql`lower(${charge.payerEmail})`, search.toLowerCase()),
    eq(charge.payerTaxId, bare),
  )!;
}

function dayStart(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
}

function dayEnd(value: string): Date {
  return new Date(value.length === 10 ? `${value}T23:59:59.999Z` : value);
}

async function refundsOf(db: DbOrTx, chargeUuids: string[]): Promise<Map<string, RefundRow[]>> {
  const grouped = new Map<string, RefundRow[]>();
  if (chargeUuids.length === 0) return grouped;
  const rows = await db.select().from(chargeRefund).where(inArray(chargeRefund.chargeUuid, chargeUuids)).orderBy(asc(chargeRefund.createdAt));
  for (const row of rows) grouped.set(row.chargeUuid, [...(grouped.get(row.chargeUuid) ?? []), row]);
  return grouped;
}

/** The charge's timeline, oldest first. */
export async function chargeTimeline(db: DbOrTx, caller: Caller, chargeUuid: string) {
  return db
    .select()
    .from(chargeStatusChange)
    .where(and(eq(chargeStatusChange.entityUuid, caller.entityUuid), eq(chargeStatusChange.chargeUuid, chargeUuid)))
    .orderBy(asc(chargeStatusChange.id));
}

/** The ledger transactions a charge caused (capture, refunds, disputes), each with its entries and their accounts. */
export async function chargeLedger(db: DbOrTx, caller: Caller, chargeUuid: string, refundUuids: string[]) {
  const references = or(
    and(eq(ledgerTransaction.referenceType, 'charge'), eq(ledgerTransaction.referenceId, chargeUuid)),
    refundUuids.length ? and(eq(ledgerTransaction.referenceType, 'charge_refund'), inArray(ledgerTransaction.referenceId, refundUuids)) : undefined,
  );
  return db
    .select({
      transactionUuid: ledgerTransaction.transactionUuid,
      kind: ledgerTransaction.kind,
      createdAt: ledgerTransaction.createdAt,
      entryId: ledgerEntry.id,
      accountCode: ledgerAccount.code,
      walletUuid: ledgerAccount.walletUuid,
      amountMinor: ledgerEntry.amountMinor,
      currency: ledgerEntry.currency,
    })
    .from(ledgerTransaction)
    .innerJoin(ledgerEntry, eq(ledgerEntry.transactionUuid, ledgerTransaction.transactionUuid))
    .innerJoin(ledgerAccount, eq(ledgerAccount.id, ledgerEntry.accountId))
    .where(and(eq(ledgerTransaction.entityUuid, caller.entityUuid), references))
    .orderBy(asc(ledgerTransaction.createdAt), asc(ledgerEntry.id));
}

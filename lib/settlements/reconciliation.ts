import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { charge, settlementLine, type ChargeMethod, type ChargeStatus } from '@/db/schema';
import type { Caller } from '@/lib/auth/caller';
import { ownedBy } from '@/lib/auth/scope';
import { pricingFor } from '@/lib/charges/pricing';
import { currencyDigits } from '@/lib/money/currency';
import { formatMinor } from '@/lib/money/decimal';
import { decodeCursor, encodeCursor } from '@/lib/pagination/keyset';
import { splitFee } from './fees';
import { instantOf, type ReconciliationQuery } from './schemas';

interface SettledRow {
  chargeUuid: string;
  walletUuid: string;
  merchantUuid: string;
  status: ChargeStatus;
  currency: string;
  typeCharge: ChargeMethod;
  grossMinor: bigint;
  mdrMinor: bigint | null;
  processingFeeMinor: bigint | null;
  totalFeesMinor: bigint;
  refundedNetMinor: bigint;
  netMinor: bigint;
  settledAt: string;
  settlementUuid: string | null;
}

const UTC_MICROS = (column: SQL | unknown) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The caller's settled charges, oldest settlement first (reference A.8's reconciliation): card
 * and boleto charges by their settlement lines, and paid Pix charges, which need no settlement
 * (their money lands in `available` at once), at the time they were paid. `settled_after` is
 * inclusive and `settled_before` exclusive, so consecutive windows tile. Paged by a cursor on
 * (settled_at, charge_uuid).
 */
export async function listSettledCharges(db: DbOrTx, caller: Caller, query: ReconciliationQuery) {
  const lines = db
    .select({
      chargeUuid: settlementLine.chargeUuid,
      walletUuid: settlementLine.walletUuid,
      merchantUuid: charge.merchantUuid,
      status: charge.status,
      currency: charge.currency,
      typeCharge: settlementLine.typeCharge,
      grossMinor: settlementLine.grossMinor,
      mdrMinor: sql`${settlementLine.mdrMinor}`.as('mdr_minor'),
      processingFeeMinor: sql`${settlementLine.processingFeeMinor}`.as('processing_fee_minor'),
      totalFeesMinor: settlementLine.totalFeesMinor,
      refundedNetMinor: settlementLine.refundedNetMinor,
      netMinor: settlementLine.netMinor,
      settledAt: sql`${settlementLine.settledAt}`.as('settled_at'),
      settlementUuid: sql`${settlementLine.settlementUuid}`.as('settlement_uuid'),
    })
    .from(settlementLine)
    .innerJoin(charge, eq(charge.chargeUuid, settlementLine.chargeUuid))
    .where(and(ownedBy(settlementLine, caller), ...window(settlementLine.settledAt, settlementLine.walletUuid, query)));
  const pix = db
    .select({
      chargeUuid: charge.chargeUuid,
      walletUuid: charge.walletUuid,
      merchantUuid: charge.merchantUuid,
      status: charge.status,
      currency: charge.currency,
      typeCharge: charge.typeCharge,
      grossMinor: charge.capturedMinor,
      mdrMinor: sql`null::bigint`.as('mdr_minor'),
      processingFeeMinor: sql`null::bigint`.as('processing_fee_minor'),
      totalFeesMinor: charge.feeMinor,
      refundedNetMinor: sql`0::bigint`.as('refunded_net_minor'),
      netMinor: sql`${charge.capturedMinor} - ${charge.feeMinor}`.as('net_minor'),
      settledAt: sql`${charge.paidAt}`.as('settled_at'),
      settlementUuid: sql`null::uuid`.as('settlement_uuid'),
    })
    .from(charge)
    .where(and(ownedBy(charge, caller), eq(charge.typeCharge, 'pix'), sql`${charge.paidAt} is not null and ${charge.capturedMinor} > 0`, ...window(charge.paidAt, charge.walletUuid, query)));

  const after = query.starting_after ? decodeCursor(query.starting_after) : null;
  const rows = (await db.execute(sql`
    select charge_uuid, wallet_uuid, merchant_uuid, status, currency, type_charge,
      gross_minor::text, mdr_minor::text, processing_fee_minor::text, total_fees_minor::text, refunded_net_minor::text, net_minor::text,
      ${UTC_MICROS(sql.raw('settled_at'))} as settled_at, settlement_uuid
    from (${lines} union all ${pix}) settled
    where ${query.status ? sql`status = ${query.status}` : sql`true`}
      and ${after ? sql`(settled_at, charge_uuid) > (${after.createdAt}::timestamptz, ${after.id}::uuid)` : sql`true`}
    order by settled_at, charge_uuid
    limit ${query.page_size + 1}
  `)) as unknown as Record<string, string | null>[];
  const shown = rows.slice(0, query.page_size).map(toRow);
  const last = shown.at(-1);
  return {
    rows: await withFeeSplit(db, shown),
    hasMore: rows.length > query.page_size,
    nextCursor: rows.length > query.page_size && last ? encodeCursor({ createdAt: last.settledAt, id: last.chargeUuid }) : null,
  };
}

function window(settledAt: AnyPgColumn, walletUuid: AnyPgColumn, query: ReconciliationQuery): (SQL | undefined)[] {
  return [
    query.wallet_uuid ? eq(walletUuid, query.wallet_uuid) : undefined,
    query.settled_after ? sql`${settledAt} >= ${instantOf(query.settled_after)}::timestamptz` : undefined,
    query.settled_before ? sql`${settledAt} < ${instantOf(query.settled_before)}::timestamptz` : undefined,
  ];
}

function toRow(raw: Record<string, string | null>): SettledRow {
  const minor = (value: string | null | undefined) => (value == null ? null : BigInt(value));
  return {
    chargeUuid: raw.charge_uuid!,
    walletUuid: raw.wallet_uuid!,
    merchantUuid: raw.merchant_uuid!,
    status: raw.status as ChargeStatus,
    currency: raw.currency!,
    typeCharge: raw.type_charge as ChargeMethod,
    grossMinor: minor(raw.gross_minor)!,
    mdrMinor: minor(raw.mdr_minor),
    processingFeeMinor: minor(raw.processing_fee_minor),
    totalFeesMinor: minor(raw.total_fees_minor)!,
    refundedNetMinor: minor(raw.refunded_net_minor)!,
    netMinor: minor(raw.net_minor)!,
    settledAt: raw.settled_at!,
    settlementUuid: raw.settlement_uuid ?? null,
  };
}

/** A Pix has no settlement line to carry its fee split: it comes from the merchant's Pix pricing. */
async function withFeeSplit(db: DbOrTx, rows: SettledRow[]) {
  const fixedOf = new Map<string, bigint>();
  for (const row of rows) {
    if (row.mdrMinor !== null || fixedOf.has(row.merchantUuid)) continue;
    fixedOf.set(row.merchantUuid, (await pricingFor(db, row.merchantUuid, 'pix')).fixedMinor);
  }
  return rows.map((row) => {
    if (row.mdrMinor !== null) return { ...row, mdrMinor: row.mdrMinor, processingFeeMinor: row.processingFeeMinor ?? 0n };
    return { ...row, ...splitFee(row.totalFeesMinor, fixedOf.get(row.merchantUuid) ?? 0n) };
  });
}

export type SettledCharge = Awaited<ReturnType<typeof listSettledCharges>>['rows'][number];

/** A.8's fields of a settled charge, amounts as exact decimal strings in the charge's currency. */
export function toSettledChargeBody(row: SettledCharge) {
  const digits = currencyDigits(row.currency);
  const money = (minor: bigint) => formatMinor(minor, digits);
  return {
    charge_uuid: row.chargeUuid,
    wallet_uuid: row.walletUuid,
    type: row.typeCharge,
    status: row.status,
    currency: row.currency,
    gross_amount: money(row.grossMinor),
    mdr_amount: money(row.mdrMinor),
    interchange_amount: money(0n),
    processing_fee: money(row.processingFeeMinor),
    fx_fee: money(0n),
    total_fees: money(row.totalFeesMinor),
    refunded_net_amount: money(row.refundedNetMinor),
    net_amount: money(row.netMinor),
    settled_at: row.settledAt,
    settlement_uuid: row.settlementUuid,
  };
}

import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { charge, merchantPricing, settlementLine, type ChargeMethod } from '@/db/schema';
import { DEFAULT_SETTLEMENT_DELAY_DAYS, isSettledMethod } from './delay';

/**
 * The charges whose money waits in `pending` for settlement: a captured card charge (`confirmed`,
 * on-us `platform` charges included) and a paid boleto (`pending` with a payment). A charge under
 * dispute is not one: its money is held elsewhere until the dispute is decided; a dispute won
 * before settlement puts it back in `pending`, so that charge awaits settlement again.
 */
export const awaitingSettlement = sql`((${charge.typeCharge} in ('credit_card', 'debit_card') and ${charge.status} = 'confirmed') or (${charge.typeCharge} = 'boleto' and ${charge.status} = 'pending' and ${charge.paidAt} is not null) or (${charge.typeCharge} in ('credit_card', 'debit_card') and ${charge.status} = 'chargeback_reversed' and not exists (select 1 from ${settlementLine} where ${settlementLine.chargeUuid} = ${charge.chargeUuid})))`;

/**
 * When the money reached `pending`: the charge's first move into its current status (a partial
 * refund records a step from the status to itself, which is not a move). The timeline is stamped
 * by the platform's clock; the payer's `paid_at` of a boleto may be earlier than its notification.
 */
// Spelled out qualified: drizzle writes a single-table select's fields without the table name,
// which inside this subquery would bind to charge_status_change's own columns.
export const capturedAt = sql<Date | null>`(select min(s.occurred_at) from charge_status_change s where s.charge_uuid = "charge"."charge_uuid" and s.to_status = "charge"."status" and s.from_status is distinct from s.to_status)`.mapWith(
  (value: string | Date) => new Date(value),
);

export interface SettlementCandidate {
  chargeUuid: string;
  walletUuid: string;
  merchantUuid: string;
  typeCharge: ChargeMethod;
  capturedAt: Date;
}

/** Every charge awaiting settlement captured by `at`, oldest first, without a settlement line. */
export async function settlementCandidates(db: DbOrTx, at: Date, entityUuid?: string): Promise<SettlementCandidate[]> {
  const rows = await db
    .select({ chargeUuid: charge.chargeUuid, walletUuid: charge.walletUuid, merchantUuid: charge.merchantUuid, typeCharge: charge.typeCharge, capturedAt })
    .from(charge)
    .where(and(awaitingSettlement, entityUuid ? eq(charge.entityUuid, entityUuid) : undefined, sql`not exists (select 1 from ${settlementLine} where ${settlementLine.chargeUuid} = ${charge.chargeUuid})`))
    .orderBy(charge.createdAt);
  return rows.flatMap((row) => (row.capturedAt && !Number.isNaN(row.capturedAt.getTime()) && row.capturedAt <= at ? [{ ...row, capturedAt: row.capturedAt }] : []));
}

/** A merchant's delay for a method: its `merchant_pricing.settlement_delay_days`, or the method's default. */
export async function settlementDelays(db: DbOrTx, merchantUuids: readonly string[]): Promise<(merchantUuid: string, method: ChargeMethod) => number> {
  const rows = merchantUuids.length
    ? await db
        .select({ merchantUuid: merchantPricing.merchantUuid, typeCharge: merchantPricing.typeCharge, days: merchantPricing.settlementDelayDays })
        .from(merchantPricing)
        .where(and(inArray(merchantPricing.merchantUuid, [...new Set(merchantUuids)]), sql`${merchantPricing.settlementDelayDays} is not null`))
    : [];
  const configured = new Map(rows.map((row) => [`${row.merchantUuid} ${row.typeCharge}`, row.days!]));
  return (merchantUuid, method) => configured.get(`${merchantUuid} ${method}`) ?? (isSettledMethod(method) ? DEFAULT_SETTLEMENT_DELAY_DAYS[method] : 0);
}

/** The one-charge version, for the charge's own transaction. */
export async function settlementDelayOf(db: DbOrTx, merchantUuid: string, method: ChargeMethod): Promise<number> {
  const delays = await settlementDelays(db, [merchantUuid]);
  return delays(merchantUuid, method);
}

/** A charge's capture time, read inside its transaction. */
export async function capturedAtOf(db: DbOrTx, chargeUuid: string): Promise<Date | null> {
  const [row] = await db.select({ capturedAt }).from(charge).where(eq(charge.chargeUuid, chargeUuid));
  return row?.capturedAt && !Number.isNaN(row.capturedAt.getTime()) ? row.capturedAt : null;
}

import { sql } from 'drizzle-orm';
import { bigint, bigserial, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { charge, CHARGE_METHODS } from './charges';
import { wallet } from './wallets';

/**
 * A wallet's settlement of one day (America/Sao_Paulo) and currency: the charges whose money moved
 * from `pending` to `available` that day. The totals are the sums of its lines, updated in the
 * same transaction as each line and its ledger posting, so `net_minor` always equals the ledger's
 * `settlement` movements into the wallet's `available` for that day.
 */
export const settlement = pgTable(
  'settlement',
  {
    settlementUuid: uuid('settlement_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => wallet.walletUuid),
    settlementDate: date('settlement_date', { mode: 'string' }).notNull(),
    currency: text('currency').notNull(),
    grossMinor: bigint('gross_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    feesMinor: bigint('fees_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    /** What refunds took out of `pending` before settlement, so gross − fees − refunded = net. */
    refundedNetMinor: bigint('refunded_net_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    netMinor: bigint('net_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    lineCount: integer('line_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('settlement_wallet_day_currency_unique').on(t.walletUuid, t.settlementDate, t.currency),
    index('settlement_entity_date_idx').on(t.entityUuid, t.settlementDate),
    check('settlement_totals', sql`"net_minor" = "gross_minor" - "fees_minor" - "refunded_net_minor" and "line_count" >= 0`),
  ],
);

/**
 * One charge settled: A.8's fields. The fee splits into `mdr_minor` (the percentage part) and
 * `processing_fee_minor` (the fixed part); `net_minor` is what moved `pending` → `available`.
 * A charge settles once (`charge_uuid` unique).
 */
export const settlementLine = pgTable(
  'settlement_line',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    settlementUuid: uuid('settlement_uuid')
      .notNull()
      .references(() => settlement.settlementUuid),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => wallet.walletUuid),
    chargeUuid: uuid('charge_uuid')
      .notNull()
      .references(() => charge.chargeUuid),
    typeCharge: text('type_charge', { enum: CHARGE_METHODS }).notNull(),
    grossMinor: bigint('gross_minor', { mode: 'bigint' }).notNull(),
    mdrMinor: bigint('mdr_minor', { mode: 'bigint' }).notNull(),
    processingFeeMinor: bigint('processing_fee_minor', { mode: 'bigint' }).notNull(),
    totalFeesMinor: bigint('total_fees_minor', { mode: 'bigint' }).notNull(),
    refundedNetMinor: bigint('refunded_net_minor', { mode: 'bigint' }).notNull(),
    netMinor: bigint('net_minor', { mode: 'bigint' }).notNull(),
    capturedAt: timestamp('captured_at', { withTimezone: true }).notNull(),
    settledAt: timestamp('settled_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('settlement_line_charge_unique').on(t.chargeUuid),
    index('settlement_line_settlement_idx').on(t.settlementUuid, t.id),
    // The reconciliation reads an account's (or wallet's) settled charges by time.
    index('settlement_line_entity_settled_idx').on(t.entityUuid, t.settledAt, t.chargeUuid),
    check(
      'settlement_line_amounts',
      sql`"total_fees_minor" = "mdr_minor" + "processing_fee_minor" and "mdr_minor" >= 0 and "processing_fee_minor" >= 0 and "net_minor" >= 0 and "net_minor" = "gross_minor" - "total_fees_minor" - "refunded_net_minor"`,
    ),
  ],
);

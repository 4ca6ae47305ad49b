import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { wallet } from './wallets';

/** Seed 003: an active virtual wallet takes deposits and occupies the pool; a deactivated one does neither. */
export const VIRTUAL_WALLET_STATUSES = ['active', 'deactivated'] as const;
export type VirtualWalletStatus = (typeof VIRTUAL_WALLET_STATUSES)[number];

/** A Pix deposit is credited at once, or refused and kept on record (the provider returns the money to the payer). */
export const VIRTUAL_DEPOSIT_STATUSES = ['credited', 'refused'] as const;
export type VirtualDepositStatus = (typeof VIRTUAL_DEPOSIT_STATUSES)[number];

/** Why a deposit was refused. */
export const VIRTUAL_DEPOSIT_REFUSALS = ['below_minimum', 'virtual_wallet_deactivated', 'holding_not_active'] as const;
export type VirtualDepositRefusal = (typeof VIRTUAL_DEPOSIT_REFUSALS)[number];

/** `to_virtual`: the holding credits a virtual wallet (leverage, up to the ceiling); `to_holding`: back out of one. */
export const VIRTUAL_TRANSFER_DIRECTIONS = ['to_virtual', 'to_holding'] as const;
export type VirtualTransferDirection = (typeof VIRTUAL_TRANSFER_DIRECTIONS)[number];

/** R$ 1,00: seed 003's minimum deposit (1 USD there), in centavos. */
export const DEFAULT_MINIMUM_DEPOSIT_MINOR = 100n;
/** 100 %: by default the holding keeps all its customers' money; it pays out only what is its own. */
export const DEFAULT_RESERVE_RATIO_BPS = 10_000;

/**
 * A payment wallet acting as the holding wallet of virtual wallets (DESIGN §2.2, seed 003), with
 * its configuration. Made with its first virtual wallet. The row is also the holding's lock:
 * deposits, transfers and payouts of one holding take it FOR UPDATE first, so the ceiling and the
 * reserve are checked against balances no other of them can change meanwhile.
 * - `minimum_deposit_minor`: a smaller deposit is refused (and recorded).
 * - `leverage_ceiling_minor`: how far the sum of virtual balances may exceed the holding's
 *   `available` balance through transfers (0: transfers only out of the holding's own funds).
 * - `reserve_ratio_bps`: the share of the sum of virtual balances `available` must keep after a
 *   payout (10 000 = 100 %).
 */
export const virtualWalletHolding = pgTable(
  'virtual_wallet_holding',
  {
    walletUuid: uuid('wallet_uuid')
      .primaryKey()
      .references(() => wallet.walletUuid),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    minimumDepositMinor: bigint('minimum_deposit_minor', { mode: 'bigint' }).notNull().default(sql`100`),
    leverageCeilingMinor: bigint('leverage_ceiling_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    reserveRatioBps: integer('reserve_ratio_bps').notNull().default(DEFAULT_RESERVE_RATIO_BPS),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('virtual_wallet_holding_figures', sql`${t.minimumDepositMinor} > 0 and ${t.leverageCeilingMinor} >= 0 and ${t.reserveRatioBps} between 0 and 10000`),
  ],
);

/**
 * One end customer's wallet under a holding: a virtual balance (its own ledger account) and its own
 * Pix txid, so a deposit to the holding's Pix key is told apart. `reference` is the merchant's id
 * for the customer, unique per holding whatever the status (a deactivated one can come back).
 */
export const virtualWallet = pgTable(
  'virtual_wallet',
  {
    virtualWalletUuid: uuid('virtual_wallet_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => virtualWalletHolding.walletUuid),
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: VIRTUAL_WALLET_STATUSES }).notNull().default('active'),
    pixTxid: text('pix_txid').notNull(),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('virtual_wallet_holding_reference_unique').on(t.walletUuid, t.reference),
    uniqueIndex('virtual_wallet_pix_txid_unique').on(t.pixTxid),
    // The holding's list, newest first, by keyset.
    index('virtual_wallet_holding_created_idx').on(t.walletUuid, t.createdAt, t.virtualWalletUuid),
    // The product pool: the account's active virtual wallets.
    index('virtual_wallet_entity_active_idx').on(t.entityUuid).where(sql`"status" = 'active'`),
  ],
);

/**
 * Every Pix deposit a provider reported for a virtual wallet, credited or refused: a refused one is
 * kept with its reason and announced, never dropped. The end-to-end id is the payment's own id, so
 * a provider's repeated notification finds the deposit instead of crediting it twice.
 */
export const virtualWalletDeposit = pgTable(
  'virtual_wallet_deposit',
  {
    depositUuid: uuid('deposit_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => virtualWalletHolding.walletUuid),
    virtualWalletUuid: uuid('virtual_wallet_uuid')
      .notNull()
      .references(() => virtualWallet.virtualWalletUuid),
    status: text('status', { enum: VIRTUAL_DEPOSIT_STATUSES }).notNull(),
    reason: text('reason', { enum: VIRTUAL_DEPOSIT_REFUSALS }),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    currency: text('currency').notNull(),
    pixTxid: text('pix_txid').notNull(),
    endToEndId: text('end_to_end_id').notNull(),
    payerName: text('payer_name'),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('virtual_wallet_deposit_end_to_end_unique').on(t.entityUuid, t.endToEndId),
    index('virtual_wallet_deposit_holding_created_idx').on(t.walletUuid, t.createdAt, t.depositUuid),
    index('virtual_wallet_deposit_virtual_created_idx').on(t.virtualWalletUuid, t.createdAt, t.depositUuid),
    check('virtual_wallet_deposit_amount', sql`${t.amountMinor} > 0`),
    check('virtual_wallet_deposit_reason', sql`(${t.status} = 'credited') = (${t.reason} is null)`),
  ],
);

/** A movement between the holding and one of its virtual wallets (ledger: `virtual_allocated` ↔ `virtual_balance`). */
export const virtualWalletTransfer = pgTable(
  'virtual_wallet_transfer',
  {
    transferUuid: uuid('transfer_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid')
      .notNull()
      .references(() => virtualWalletHolding.walletUuid),
    virtualWalletUuid: uuid('virtual_wallet_uuid')
      .notNull()
      .references(() => virtualWallet.virtualWalletUuid),
    direction: text('direction', { enum: VIRTUAL_TRANSFER_DIRECTIONS }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    currency: text('currency').notNull(),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('virtual_wallet_transfer_holding_created_idx').on(t.walletUuid, t.createdAt, t.transferUuid),
    index('virtual_wallet_transfer_virtual_created_idx').on(t.virtualWalletUuid, t.createdAt, t.transferUuid),
    check('virtual_wallet_transfer_amount', sql`${t.amountMinor} > 0`),
  ],
);

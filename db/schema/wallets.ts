import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { account, merchant } from './accounts';

export const WALLET_KINDS = ['payment', 'credit'] as const;
export const WALLET_STATUSES = ['pending_analysis', 'active', 'rejected', 'deactivated'] as const;
export type WalletStatus = (typeof WALLET_STATUSES)[number];

/**
 * Every wallet of an account. `payment` wallets hold a balance in one currency for a merchant
 * (A55); `credit` wallets are a customer's postpaid invoice with an owner, an invoice configuration
 * and limits (QI), whose details live in their own tables keyed by `wallet_uuid` (= QI wallet_key).
 */
export const wallet = pgTable(
  'wallet',
  {
    walletUuid: uuid('wallet_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    merchantUuid: uuid('merchant_uuid').references(() => merchant.merchantUuid),
    kind: text('kind', { enum: WALLET_KINDS }).notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: WALLET_STATUSES }).notNull(),
    customerId: text('customer_id'),
    name: text('name'),
    email: text('email'),
    /** Available balance in the currency's minor units; changes only with its ledger entries. */
    balanceMinor: bigint('balance_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('wallet_entity_created_idx').on(t.entityUuid, t.createdAt, t.walletUuid)],
);

import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { virtualWallet } from './virtual-wallets';
import { wallet } from './wallets';

/**
 * The chart of accounts (DESIGN §2.1). Wallet accounts belong to one wallet (in its currency);
 * platform accounts belong to the tenant, one per code and currency. The wallet accounts a merchant
 * or a customer owns may never go negative, except `late_charges`: the fines and interest a credit
 * wallet's owner owes, a receivable that only runs below zero; and `virtual_allocated`: what a
 * holding wallet owes its virtual wallets (minus the sum of their balances), also only ≤ 0.
 */
export const WALLET_ACCOUNT_CODES = ['available', 'pending', 'reserved', 'credit_available', 'payroll_withdraw_available', 'late_charges', 'virtual_allocated'] as const;
/** A virtual wallet's one account (DESIGN §2.2): its virtual balance, never negative, held under its holding wallet. */
export const VIRTUAL_WALLET_ACCOUNT_CODES = ['virtual_balance'] as const;
export const PLATFORM_ACCOUNT_CODES = [
  'acquirer_receivable',
  'pix_clearing',
  'boleto_clearing',
  'fee_revenue',
  'interest_revenue',
  'payouts_in_transit',
  'credit_limits_granted',
  'chargebacks_held',
  'issued_cards_payable',
  'payroll_clearing',
] as const;
export type WalletAccountCode = (typeof WALLET_ACCOUNT_CODES)[number];
export type VirtualWalletAccountCode = (typeof VIRTUAL_WALLET_ACCOUNT_CODES)[number];
export type PlatformAccountCode = (typeof PLATFORM_ACCOUNT_CODES)[number];
export type LedgerAccountCode = WalletAccountCode | VirtualWalletAccountCode | PlatformAccountCode;

/**
 * One balance. `balance_minor` is maintained by the database itself: the trigger that inserts an
 * entry adds it here, and no other write may change it (migration 0010), so it always equals the
 * sum of the account's entries. The CHECK makes a debit past zero fail its whole transaction.
 * A virtual wallet's account names both its holding (`wallet_uuid`) and itself (`virtual_wallet_uuid`),
 * so a holding's per-wallet integrity check covers its virtual balances too.
 */
export const ledgerAccount = pgTable(
  'ledger_account',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    walletUuid: uuid('wallet_uuid').references(() => wallet.walletUuid),
    virtualWalletUuid: uuid('virtual_wallet_uuid').references(() => virtualWallet.virtualWalletUuid),
    code: text('code').notNull().$type<LedgerAccountCode>(),
    currency: text('currency').notNull(),
    balanceMinor: bigint('balance_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    mayGoNegative: boolean('may_go_negative').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One account per wallet and code, and per virtual wallet under a holding. The virtual wallet is a
    // third column (the nil uuid for the wallet's own accounts), so lookups by (wallet_uuid, code) still
    // seek this index by its first two columns.
    uniqueIndex('ledger_account_wallet_code_unique')
      .on(t.walletUuid, t.code, sql`coalesce("virtual_wallet_uuid", '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`"wallet_uuid" is not null`),
    uniqueIndex('ledger_account_virtual_wallet_code_unique').on(t.virtualWalletUuid, t.code).where(sql`"virtual_wallet_uuid" is not null`),
    uniqueIndex('ledger_account_platform_code_unique').on(t.entityUuid, t.code, t.currency).where(sql`"wallet_uuid" is null`),
    check('ledger_account_non_negative', sql`"may_go_negative" or "balance_minor" >= 0`),
    // Late charges are what the customer owes, so the account runs below zero; a payment only ever brings it back to zero.
    check('ledger_account_late_charges_owed', sql`"code" <> 'late_charges' or "balance_minor" <= 0`),
    // What a holding owes its virtual wallets: minus the sum of their balances, so never above zero.
    check('ledger_account_virtual_allocated_owed', sql`"code" <> 'virtual_allocated' or "balance_minor" <= 0`),
    // A virtual balance is always a virtual wallet's, under its holding; no other account names one.
    check('ledger_account_virtual_balance_owner', sql`("code" = 'virtual_balance') = ("virtual_wallet_uuid" is not null) and ("virtual_wallet_uuid" is null or "wallet_uuid" is not null)`),
  ],
);

/**
 * One balanced movement of money. (kind, reference) is unique, so a retried job or request that
 * posts the same movement twice fails instead of moving the money twice.
 */
export const ledgerTransaction = pgTable(
  'ledger_transaction',
  {
    transactionUuid: uuid('transaction_uuid').primaryKey().defaultRandom(),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    kind: text('kind').notNull(),
    referenceType: text('reference_type').notNull(),
    referenceId: text('reference_id').notNull(),
    description: text('description'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_transaction_reference_unique').on(t.kind, t.referenceType, t.referenceId),
    index('ledger_transaction_reference_idx').on(t.entityUuid, t.referenceType, t.referenceId),
  ],
);

/** A signed amount added to one account's balance; the entries of a transaction sum to zero per currency. */
export const ledgerEntry = pgTable(
  'ledger_entry',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    transactionUuid: uuid('transaction_uuid')
      .notNull()
      .references(() => ledgerTransaction.transactionUuid),
    accountId: bigint('account_id', { mode: 'bigint' })
      .notNull()
      .references(() => ledgerAccount.id),
    entityUuid: uuid('entity_uuid')
      .notNull()
      .references(() => account.entityUuid),
    amountMinor: bigint('amount_minor', { mode: 'bigint' }).notNull(),
    currency: text('currency').notNull(),
    /** The account's balance right after this entry, written by the trigger that applies it: a statement needs no running sum. */
    balanceAfterMinor: bigint('balance_after_minor', { mode: 'bigint' }).notNull().default(sql`0`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The statement walks an account's entries newest first by this index.
    index('ledger_entry_account_idx').on(t.accountId, t.id),
    index('ledger_entry_transaction_idx').on(t.transactionUuid),
    check('ledger_entry_non_zero', sql`"amount_minor" <> 0`),
  ],
);
